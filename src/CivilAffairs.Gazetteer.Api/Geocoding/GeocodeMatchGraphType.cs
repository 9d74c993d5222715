using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Search.Geocoding;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal sealed class GeocodeMatchGraphType : ObjectGraphType<GeocodeMatchAnswer>
{
    public GeocodeMatchGraphType()
    {
        Name = "GeocodeMatch";
        Description = "A division an address may mean.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The 12-digit division code: 141024100212.").Resolve(c => c.Source.Match.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The place the unit stands for: 东冯堡村 for 东冯堡村委会.").Resolve(c => c.Source.Match.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DivisionGraphType>>>>("chain").Description("The divisions from the province down to the match.")
            .Resolve(c => HierarchyDivisions.Chain(c.RequestServices!.GetRequiredService<HierarchySource>().Current, c.Source.Match.Chain));
        Field<PlaceGraphType>("place").Description("The division's own place record, when the registry holds one.")
            .Resolve(c => c.RequestServices!.GetRequiredService<RequestLoaders>().PlacesByCode.Load(c.Source.Match.Code));
        Field<FloatGraphType>("lon").Description("The longitude of the division's point in the requested crs; null when the registry holds no point.")
            .Resolve(c => c.Source.Match.PointIn(c.Source.Crs)?.Lon);
        Field<FloatGraphType>("lat").Description("The latitude of the division's point in the requested crs; null when the registry holds no point.")
            .Resolve(c => c.Source.Match.PointIn(c.Source.Crs)?.Lat);
        Field<NonNullGraphType<BooleanGraphType>>("pointDerived").Description("True when the point was placed by the importer (derived), not surveyed.")
            .Resolve(c => c.Source.Match.PointDerived);
        Field<NonNullGraphType<MatchLevelGraphType>>("level").Description("The level matched.").Resolve(c => c.Source.Match.Level);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("0 to 1; at most 0.4 for each of several units the text cannot tell apart.")
            .Resolve(c => c.Source.Match.Confidence);
    }
}
