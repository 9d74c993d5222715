using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Search.Geocoding;
using GraphQL.Types;
using DateGraphType = CivilAffairs.Gazetteer.Api.GraphQL.Types.DateGraphType;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal static class GeocodingFields
{
    /// <summary>geocode, geocodeStructured, geocodeBatch and reverseGeocode on the Query type.</summary>
    public static void AddGeocodingFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<GeocodeResultGraphType>>("geocode")
            .Description("A free-text Chinese address to the division it names, down to the village: dropped levels, short forms (运城盐湖), former names (长治县 → 上党区), traditional characters, committee forms and noise around the address are understood.")
            .Argument<NonNullGraphType<StringGraphType>>("address", $"The address, at most {Geocoder.MaxAddressLength} characters.")
            .Argument<DateGraphType>("asOf", "Read the names against the divisions of this day; default today.")
            .Argument<CrsGraphType>("crs", "The coordinate system of the points out.", a => a.DefaultValue = Crs.Wgs84)
            .Resolve(GeocodingResolver.Geocode);

        query.Field<NonNullGraphType<GeocodeResultGraphType>>("geocodeStructured")
            .Description("An address already split into its levels.")
            .Argument<NonNullGraphType<StructuredAddressInputGraphType>>("input", "The parts of the address.")
            .Argument<CrsGraphType>("crs", "The coordinate system of the points out.", a => a.DefaultValue = Crs.Wgs84)
            .Resolve(GeocodingResolver.GeocodeStructured);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GeocodeResultGraphType>>>>("geocodeBatch")
            .Description($"Up to {Geocoder.MaxBatchSize} addresses, one result each in order; an empty or overlong address gets status INVALID with a message. For files, use `gazetteer geocode`.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("addresses", $"At most {Geocoder.MaxBatchSize} addresses.")
            .Argument<CrsGraphType>("crs", "The coordinate system of the points out.", a => a.DefaultValue = Crs.Wgs84)
            .Resolve(GeocodingResolver.GeocodeBatch);

        query.Field<NonNullGraphType<ReverseGeocodeResultGraphType>>("reverseGeocode")
            .Description("A point to its division chain (county by polygon, village by the nearest village point) and the nearest places.")
            .Argument<NonNullGraphType<FloatGraphType>>("lat", "Latitude, -90 to 90, in crs.")
            .Argument<NonNullGraphType<FloatGraphType>>("lon", "Longitude, -180 to 180, in crs.")
            .Argument<CrsGraphType>("crs", "The coordinate system of the point in and of the places' points out.", a => a.DefaultValue = Crs.Wgs84)
            .ResolveAsync(async c => await GeocodingResolver.ReverseAsync(c));
    }
}
