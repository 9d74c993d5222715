using CivilAffairs.Gazetteer.Data.Places;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>A place in a page and where it stands in the page's order; the cursor is written only when asked.</summary>
internal sealed record PlaceEdge(PlaceRecord Node, PlaceCursor Position)
{
    public string Cursor => Position.Encode();
}
