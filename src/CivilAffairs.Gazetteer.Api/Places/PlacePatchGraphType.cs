using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Places;

internal sealed class PlacePatchGraphType : InputObjectGraphType<PlacePatchInput>
{
    public PlacePatchGraphType()
    {
        Name = "PlacePatch";
        Description = "Corrections to a registered place's descriptive record; what is left out stays as it is. The name is not here: a new name goes through a RENAME proposal.";
        Field<StringGraphType>("meaning").Description("What the name means (含义); an empty string clears it.");
        Field<StringGraphType>("origin").Description("Where the name comes from (来历); an empty string clears it.");
        Field<StringGraphType>("history").Description("The place's history (沿革); an empty string clears it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("aliases").Description("The full new list of aliases (别名), in Chinese characters; an empty list removes them.");
        Field<GeoJsonGraphType>("geometry").Description("The place's geometry as GeoJSON (WGS84) within Shanxi; its point becomes a point on it, no longer marked derived.");
    }
}
