using CivilAffairs.Gazetteer.Data.Places;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>A page of places with the filter that chose them (totalCount counts with it, only when asked).</summary>
internal sealed record PlaceConnection(IReadOnlyList<PlaceEdge> Edges, PageInfo PageInfo, PlaceFilter Filter)
{
    public static PlaceConnection From(PlacePage page, PlaceFilter filter)
    {
        var edges = page.Places.Select((p, i) => new PlaceEdge(p, page.Cursors[i])).ToList();
        return new PlaceConnection(
            edges,
            new PageInfo(page.HasNextPage, page.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            filter);
    }
}
