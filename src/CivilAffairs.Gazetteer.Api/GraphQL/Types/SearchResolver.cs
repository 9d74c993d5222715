using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Search;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>The search and autocomplete fields: arguments to the search library, its refusals to BAD_USER_INPUT.</summary>
internal static class SearchResolver
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static SearchPage Search(IResolveFieldContext context) => Answer(() =>
    {
        context.TakePublicRead("search");
        return context.RequestServices!.GetRequiredService<PlaceSearch>().Search(
            context.GetArgument<string>("text"),
            Filter(context),
            Near(context),
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after"));
    });

    public static IReadOnlyList<Suggestion> Autocomplete(IResolveFieldContext context) => Answer(() =>
        context.RequestServices!.GetRequiredService<Autocomplete>().Suggest(
            context.GetArgument<string>("prefix"),
            Near(context),
            context.GetArgument<int?>("limit"),
            Filter(context)));

    private static T Answer<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (InvalidSearchException e)
        {
            throw new BadUserInputError(e.Message);
        }
        catch (SearchIndexUnavailableException e)
        {
            throw new UnavailableError(e.Message);
        }
    }

    private static SearchFilter? Filter(IResolveFieldContext context)
    {
        if (context.GetArgument<PlaceFilterInput?>("filter") is not { } input) return null;
        if (input.Bbox is not null || input.Near is not null || input.RadiusMeters is not null || input.Within is not null || input.WithinWkt is not null
            || input.Intersects is not null || input.IntersectsWkt is not null || input.InDivision is not null || input.Text is not null)
            throw new BadUserInputError("search and autocomplete filter by divisionCode, categories, statuses and provenance only (not bbox, radius, polygons or text); narrow by divisionCode, or bias with the near argument.");
        return new SearchFilter(
            input.DivisionCode,
            input.Categories,
            input.Statuses?.Select(s => s.ToString().ToLowerInvariant()).ToList(),
            input.Provenance?.Select(p => p.ToString().ToLowerInvariant()).ToList());
    }

    private static Point? Near(IResolveFieldContext context) =>
        context.GetArgument<PointInput?>("near") is { } near ? Wgs84.CreatePoint(ToWgs84(near)) : null;

    private static Coordinate ToWgs84(PointInput near)
    {
        var given = new LonLat(near.Lon, near.Lat);
        if (!given.IsValid)
            throw new BadUserInputError("near: " + given.Problem);
        var wgs84 = CoordinateConverter.Convert(given, near.Crs, Crs.Wgs84);
        return new Coordinate(wgs84.Lon, wgs84.Lat);
    }
}
