namespace CivilAffairs.Gazetteer.Api.Workflow;

/// <summary>A page of a keyset-paged list: the items, whether more follow, how many match in all.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, int TotalCount, Func<T, string> CursorOf);
