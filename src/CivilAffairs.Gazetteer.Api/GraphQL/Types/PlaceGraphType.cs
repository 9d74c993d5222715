using CivilAffairs.Gazetteer.Api.Divisions;
using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.History;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Api.Romanizing;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Coordinates;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PlaceGraphType : ObjectGraphType<PlaceRecord>
{
    public PlaceGraphType()
    {
        Name = "Place";
        Description = "A named place (地名): a village, a street, a mountain, a division's own place, ...";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The registry's id of the place; stable.").Resolve(c => c.Source.Id);
        Field<StringGraphType>("code").Description("The place-name code (地名代码); for a division's own place, its 12-digit division code.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The standard name (标准名称).").Resolve(c => c.Source.Name);
        Field<StringGraphType>("specific").Description("The specific part of the name (专名): 洪洞 in 洪洞县.").Resolve(c => c.Source.Specific);
        Field<StringGraphType>("generic").Description("The generic part of the name (通名): 县 in 洪洞县.").Resolve(c => c.Source.Generic);
        Field<NonNullGraphType<RomanizationGraphType>>("romanization")
            .Description("The name in Hanyu Pinyin: the reading stored at import, or derived from the name where none is stored; Wade-Giles and alternatives derived from the name.")
            .Resolve(c => PlaceRomanization.Of(c.Source));
        Field<NonNullGraphType<StringGraphType>>("category").Description("The category code (place_category).").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<PlaceStatusGraphType>>("status").Description("Where the name stands in its life.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ProvenanceGraphType>>("provenance").Description("Where the record comes from; SAMPLE records are never official.").Resolve(c => c.Source.Provenance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other current names (别名), such as a village committee's official name.").Resolve(c => c.Source.Aliases);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameUseGraphType>>>>("formerNames")
            .Description("Names the place bore before (曾用名), oldest first.")
            .Resolve(c => Loaders(c).FormerNames.Load(c.Source.Id).Then(uses => uses ?? []));
        Field<DivisionGraphType>("division")
            .Description("The smallest division the place lies in.")
            .Resolve(c => c.Source.DivisionCode is { } code ? Loaders(c).Divisions.Load(code) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DivisionGraphType>>>>("divisionChain")
            .Description("The divisions the place lies in, from the province down to the smallest.")
            .Resolve(c => c.Source.DivisionCode is { } code && DivisionCode.TryParse(code, out var division)
                ? Loaders(c).Divisions.LoadMany(DivisionChain.From(division, includeSelf: true))
                : Array.Empty<DivisionRecord>());
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry")
            .Description("The geometry (point, line or polygon) as GeoJSON (RFC 7946), in the coordinate system crs asks for.")
            .WithCrsArgument()
            .Resolve(c => GeometryCrs.FromWgs84(c.Source.Geometry, c.RequestedCrs()));
        Field<NonNullGraphType<StringGraphType>>("wkt")
            .Description("The geometry as WKT (POINT (111.67 36.25)), longitude first, in the coordinate system crs asks for.")
            .WithCrsArgument()
            .Resolve(c => GeometryCrs.FromWgs84(c.Source.Geometry, c.RequestedCrs()).AsText());
        Field<NonNullGraphType<FloatGraphType>>("lon")
            .Description("The longitude of the place's representative point (the point itself for points; a point inside for areas), in the system crs asks for.")
            .WithCrsArgument()
            .Resolve(c => CoordinateConverter.Convert(new LonLat(c.Source.Point.X, c.Source.Point.Y), Crs.Wgs84, c.RequestedCrs()).Lon);
        Field<NonNullGraphType<FloatGraphType>>("lat")
            .Description("The latitude of the place's representative point, in the system crs asks for.")
            .WithCrsArgument()
            .Resolve(c => CoordinateConverter.Convert(new LonLat(c.Source.Point.X, c.Source.Point.Y), Crs.Wgs84, c.RequestedCrs()).Lat);
        Field<StringGraphType>("meaning").Description("What the name means (含义).").Resolve(c => c.Source.Meaning);
        Field<StringGraphType>("origin").Description("How the place got its name (来历).").Resolve(c => c.Source.Origin);
        Field<StringGraphType>("history").Description("The history of the name (沿革).").Resolve(c => c.Source.History);
        Field<DateGraphType>("validFrom").Description("The day the name took effect; null when unknown.").Resolve(c => c.Source.ValidFrom);
        Field<DateGraphType>("validTo").Description("The day the name stopped being the standard name; null while current.").Resolve(c => c.Source.ValidTo);
        this.AddNameAsOfField();
        Field<NonNullGraphType<IntGraphType>>("version").Description("Increases with every change; send it back with an edit (optimistic concurrency).").Resolve(c => c.Source.Version);
    }

    private static RequestLoaders Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();
}
