namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
