using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Divisions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>The places(filter, orderBy, first, after, last, before) field, shared by Query and Division.</summary>
internal static class PlaceConnectionResolver
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    public static FieldBuilder<TSource, object> WithPageArguments<TSource>(this FieldBuilder<TSource, object> field) => field
        .Argument<PlaceFilterGraphType>("filter", "Which places; all when left out.")
        .Argument<PlaceOrderGraphType>("orderBy", "The order of the list; by id when left out.")
        .Argument<IntGraphType>("first", $"How many places from the start (or from after), 0 to {MaxPageSize}; {DefaultPageSize} when neither first nor last is given.")
        .Argument<StringGraphType>("after", "The endCursor of the previous page; leave out to start at the beginning.")
        .Argument<IntGraphType>("last", $"How many places from the end (or back from before), 0 to {MaxPageSize}; not together with first.")
        .Argument<StringGraphType>("before", "The startCursor of the next page, to page backwards with last.");

    public static async Task<PlaceConnection> ResolveAsync(IResolveFieldContext context, DivisionCode? within)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
            throw new BadUserInputError("Give first (page forwards) or last (page backwards), not both.");
        if (first is null && last is null)
            first = DefaultPageSize;
        var (name, size) = first is { } f ? ("first", f) : ("last", last!.Value);
        if (size > MaxPageSize)
            throw new LimitExceededError($"{name} is {size}; a page holds at most {MaxPageSize} places. Ask for {MaxPageSize} or fewer and page on with {(name == "first" ? "after: pageInfo.endCursor" : "before: pageInfo.startCursor")}.");
        if (size < 0)
            throw new BadUserInputError($"{name} is {size}; ask for 0 to {MaxPageSize} places.");

        var order = context.GetArgument("orderBy", PlaceOrder.Id);
        var filter = PlaceFilter.From(context.GetArgument<PlaceFilterInput?>("filter"));
        if (within is { } division)
            filter = filter.Within(division);
        if (filter.BoundingBox is not null || filter.Near is not null || filter.Polygons is { Count: > 0 } || filter.InDivision is not null)
            context.TakePublicRead("places with a spatial filter");
        var after = context.GetArgument<string?>("after") is { } a ? PlaceCursor.Decode(a, order, "after") : null;
        var before = context.GetArgument<string?>("before") is { } b ? PlaceCursor.Decode(b, order, "before") : null;
        var page = await context.RequestServices!.GetRequiredService<PlaceQueries>()
            .PageAsync(new PlacePageRequest(filter, order, first, after, last, before), context.CancellationToken);
        return PlaceConnection.From(page, filter);
    }
}
