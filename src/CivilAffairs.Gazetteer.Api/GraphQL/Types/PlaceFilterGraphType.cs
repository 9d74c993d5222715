using CivilAffairs.Gazetteer.Data.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PlaceFilterGraphType : InputObjectGraphType<PlaceFilterInput>
{
    public PlaceFilterGraphType()
    {
        Name = "PlaceFilter";
        Description = "Narrows a list of places; every part given must hold (AND). A list matches any of its values. Coordinates are WGS84 unless a point names its crs.";
        Field<StringGraphType>("divisionCode")
            .Description("The division the places lie in by their division codes, its code as people write it: 14, 1410, 141024, 141024100, 141024100201, or the zero-padded 12 digits.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categories").Description("Category codes (place_category), any of them.");
        Field<ListGraphType<NonNullGraphType<PlaceStatusGraphType>>>("statuses").Description("Statuses, any of them.");
        Field<ListGraphType<NonNullGraphType<ProvenanceGraphType>>>("provenance").Description("Provenances, any of them.");
        Field<StringGraphType>("text")
            .Description($"Part of the standard name or an alias (洪洞), or the start of its toneless pinyin (hongtong); at most {PlaceFilter.MaxTextLength} characters. For ranked, fuzzy search use Query.search.");
        Field<ListGraphType<NonNullGraphType<FloatGraphType>>>("bbox")
            .Description("A WGS84 box [minLon, minLat, maxLon, maxLat]; places whose geometry intersects it.");
        Field<PointInputGraphType>("near").Description("A point: the centre of radiusMeters, and what orderBy DISTANCE measures from.");
        Field<FloatGraphType>("radiusMeters")
            .Description($"Places whose geometry comes within this many metres of near (on the ellipsoid, as PostGIS ST_DWithin on geography); above 0, at most {PlaceFilter.MaxRadiusMeters:0}.");
        Field<GeoJsonGraphType>("within").Description("A GeoJSON Polygon or MultiPolygon (WGS84); places lying entirely inside it (ST_Within).");
        Field<StringGraphType>("withinWkt").Description("The same as within, the polygon written as WKT: POLYGON((111.5 36.1, 111.9 36.1, 111.9 36.5, 111.5 36.1)).");
        Field<GeoJsonGraphType>("intersects").Description("A GeoJSON Polygon or MultiPolygon (WGS84); places sharing any point with it (ST_Intersects).");
        Field<StringGraphType>("intersectsWkt").Description("The same as intersects, the polygon written as WKT.");
        Field<StringGraphType>("inDivision")
            .Description("A division with a polygon (province, city, county), its code: places lying inside that polygon (空间范围), whatever division code they carry.");
    }
}
