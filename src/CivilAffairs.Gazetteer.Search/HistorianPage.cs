namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// One page of a historian full-text search: the ids after the cursor, ascending, one more than the
/// page asked for when there is a next page; how many names the text matched in all; and whether
/// any matched name lies before the cursor.
/// </summary>
public sealed record HistorianPage(IReadOnlyList<long> Ids, int TotalCount, bool HasPrevious);
