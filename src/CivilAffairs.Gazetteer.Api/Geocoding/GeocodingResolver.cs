using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Search.Geocoding;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

/// <summary>The geocoding fields: arguments to the geocoders, their refusals to BAD_USER_INPUT or LIMIT_EXCEEDED.</summary>
internal static class GeocodingResolver
{
    public static GeocodeAnswer Geocode(IResolveFieldContext context)
    {
        context.TakePublicRead("geocode");
        return Single(context, Ready(context).Geocode(context.GetArgument<string>("address"), context.GetArgument<DateOnly?>("asOf")));
    }

    public static GeocodeAnswer GeocodeStructured(IResolveFieldContext context)
    {
        context.TakePublicRead("geocodeStructured");
        var input = context.GetArgument<StructuredAddressInput>("input");
        var address = new StructuredAddress(input.Province, input.City, input.County, input.Township, input.Village, input.Detail, input.AsOf);
        return Single(context, Ready(context).GeocodeStructured(address));
    }

    public static IReadOnlyList<GeocodeAnswer> GeocodeBatch(IResolveFieldContext context)
    {
        var addresses = context.GetArgument<List<string>>("addresses");
        if (addresses.Count > Geocoder.MaxBatchSize)
            throw new LimitExceededError(new BatchTooLargeException(addresses.Count, Geocoder.MaxBatchSize).Message);
        context.TakePublicRead("geocodeBatch, one per address", addresses.Count);
        var crs = CrsOf(context);
        return Ready(context).GeocodeBatch(addresses).Select(r => new GeocodeAnswer(r, crs)).ToList();
    }

    public static async Task<ReverseGeocodeResult> ReverseAsync(IResolveFieldContext context)
    {
        context.TakePublicRead("reverseGeocode");
        var point = new LonLat(context.GetArgument<double>("lon"), context.GetArgument<double>("lat"));
        if (!point.IsValid)
            throw new BadUserInputError(point.Problem);
        return await context.RequestServices!.GetRequiredService<ReverseGeocoder>()
            .ReverseAsync(point.Lat, point.Lon, CrsOf(context), cancellationToken: context.CancellationToken);
    }

    /// <summary>A single address the geocoder calls INVALID (empty, too long) is the client's to correct.</summary>
    private static GeocodeAnswer Single(IResolveFieldContext context, GeocodeResult result) =>
        result.Status == GeocodeStatus.Invalid
            ? throw new BadUserInputError(result.Message ?? "The address cannot be read.")
            : new GeocodeAnswer(result, CrsOf(context));

    private static Crs CrsOf(IResolveFieldContext context) => context.GetArgument("crs", Crs.Wgs84);

    private static Geocoder Ready(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        // Before the first load an empty hierarchy would answer NO_MATCH to every address: refuse instead.
        if (!services.GetRequiredService<HierarchyFollower>().IsLoaded)
            throw new UnavailableError("The division hierarchy is not loaded yet (the database did not answer at start), try again in a few seconds.");
        return services.GetRequiredService<Geocoder>();
    }
}
