using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Search.Geocoding;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal sealed class ReverseGeocodeResultGraphType : ObjectGraphType<ReverseGeocodeResult>
{
    public ReverseGeocodeResultGraphType()
    {
        Name = "ReverseGeocodeResult";
        Description = "Where a point lies.";
        Field<NonNullGraphType<BooleanGraphType>>("covered").Description("False outside Shanxi province, which is all the registry covers.").Resolve(c => c.Source.Covered);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DivisionGraphType>>>>("chain")
            .Description("Province → city → county (by polygon) → township → village (by the nearest village point); empty when not covered.")
            .Resolve(c => HierarchyDivisions.Chain(c.RequestServices!.GetRequiredService<HierarchySource>().Current, c.Source.Chain));
        Field<FloatGraphType>("villageDistanceMeters").Description("How far the village's point is from the asked point.").Resolve(c => c.Source.VillageDistanceMeters);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NearbyPlaceGraphType>>>>("nearest").Description("The nearest current places, nearest first.")
            .Resolve(c => c.Source.Nearest);
        Field<StringGraphType>("message").Description("Why the point is not covered.").Resolve(c => c.Source.Message);
    }
}
