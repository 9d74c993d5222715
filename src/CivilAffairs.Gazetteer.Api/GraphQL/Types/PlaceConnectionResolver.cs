using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.Places;
using CivilAffairs.Gazetteer.Divisions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>The places(filter, first, after) field, shared by Query and Division.</summary>
internal static class PlaceConnectionResolver
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public static FieldBuilder<TSource, object> WithPageArguments<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<PlaceFilterGraphType>("filter", "Which places; all when left out.")
        .Argument<IntGraphType>("first", $"How many places in the page, 0 to {MaxPageSize}.", a => a.DefaultValue = DefaultPageSize)
        .Argument<StringGraphType>("after", "The endCursor of the previous page; leave out to start at the beginning.");

    public static async Task<PlaceConnection> ResolveAsync(IResolveFieldContext context, DivisionCode? within)
    {
        var first = context.GetArgument("first", DefaultPageSize);
        if (first > MaxPageSize)
            throw new LimitExceededError($"first is {first}; a page holds at most {MaxPageSize} places. Ask for {MaxPageSize} or fewer and page on with after: pageInfo.endCursor.");
        if (first < 0)
            throw new BadUserInputError($"first is {first}; ask for 0 to {MaxPageSize} places.");
        var after = context.GetArgument<string?>("after");
        var afterId = after is null ? (long?)null : PlaceCursor.Decode(after);
        var filter = PlaceFilter.From(context.GetArgument<PlaceFilterInput?>("filter"));
        if (within is { } division)
            filter = filter.Within(division);
        var page = await context.RequestServices!.GetRequiredService<PlaceQueries>().PageAsync(filter, first, afterId, context.CancellationToken);
        return PlaceConnection.From(page, filter);
    }
}
