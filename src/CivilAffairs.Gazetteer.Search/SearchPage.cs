namespace CivilAffairs.Gazetteer.Search;

/// <summary>One page of search hits, best first, in the shape of a Relay connection.</summary>
public sealed record SearchPage(IReadOnlyList<SearchEdge> Edges, int TotalCount, bool HasNextPage, bool HasPreviousPage)
{
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;

    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}
