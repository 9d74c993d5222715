using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.Places;
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
        context.RequestServices!.GetRequiredService<PlaceSearch>().Search(
            context.GetArgument<string>("text"),
            Filter(context),
            Near(context),
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after")));

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
        if (input.Bbox is not null)
            throw new BadUserInputError("search and autocomplete do not filter by bbox; narrow by divisionCode, or bias with near.");
        return new SearchFilter(
            input.DivisionCode,
            input.Categories,
            input.Statuses?.Select(s => s.ToString().ToLowerInvariant()).ToList(),
            input.Provenance?.Select(p => p.ToString().ToLowerInvariant()).ToList());
    }

    private static Point? Near(IResolveFieldContext context) =>
        context.GetArgument<PointInput?>("near") is { } near ? Wgs84.CreatePoint(new Coordinate(near.Lon, near.Lat)) : null;
}
