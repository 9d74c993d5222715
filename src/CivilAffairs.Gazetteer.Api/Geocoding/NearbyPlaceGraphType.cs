using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Search.Geocoding;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal sealed class NearbyPlaceGraphType : ObjectGraphType<NearbyPlace>
{
    public NearbyPlaceGraphType()
    {
        Name = "NearbyPlace";
        Description = "A place near the asked point.";
        Field<NonNullGraphType<PlaceGraphType>>("place").Description("The place.")
            .Resolve(c => c.RequestServices!.GetRequiredService<RequestLoaders>().PlacesById.Load(c.Source.PlaceId));
        Field<NonNullGraphType<FloatGraphType>>("distanceMeters").Description("The geodesic distance from the asked point, in metres.").Resolve(c => c.Source.DistanceMeters);
    }
}
