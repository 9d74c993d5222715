using CivilAffairs.Gazetteer.Api.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PlaceFilterGraphType : InputObjectGraphType<PlaceFilterInput>
{
    public PlaceFilterGraphType()
    {
        Name = "PlaceFilter";
        Description = "Narrows a list of places; every part given must hold (AND). A list matches any of its values.";
        Field<StringGraphType>("divisionCode")
            .Description("The division the places lie in, its code as people write it: 14, 1410, 141024, 141024100, 141024100201, or the zero-padded 12 digits.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categories").Description("Category codes (place_category), any of them.");
        Field<ListGraphType<NonNullGraphType<PlaceStatusGraphType>>>("statuses").Description("Statuses, any of them.");
        Field<ListGraphType<NonNullGraphType<ProvenanceGraphType>>>("provenance").Description("Provenances, any of them.");
        Field<ListGraphType<NonNullGraphType<FloatGraphType>>>("bbox")
            .Description("A WGS84 box [minLon, minLat, maxLon, maxLat]; places whose geometry intersects it.");
    }
}
