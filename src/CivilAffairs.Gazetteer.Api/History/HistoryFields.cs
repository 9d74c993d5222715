using System.Globalization;
using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.Geocoding;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Search;
using CivilAffairs.Gazetteer.Search.Geocoding;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using DateGraphType = CivilAffairs.Gazetteer.Api.GraphQL.Types.DateGraphType;

namespace CivilAffairs.Gazetteer.Api.History;

internal static class HistoryFields
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 500;

    /// <summary>historicalNames, historicalName, dynasties and adminChanges on the Query type.</summary>
    public static void AddHistoryFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<HistoricalNameConnectionGraphType>>("historicalNames")
            .Description("Historical and protected names, a page at a time by id, narrowed by text, dynasty, year range, listing, status and area.")
            .Argument<HistoricalNameFilterGraphType>("filter", "Which names; all when left out.")
            .Argument<IntGraphType>("first", $"How many names in the page, 0 to {MaxPageSize}.", a => a.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after", "The endCursor of the previous page; leave out to start at the beginning.")
            .ResolveAsync(async c => await HistoricalNamesAsync(c));

        query.Field<HistoricalNameGraphType>("historicalName")
            .Description("A historical name by its id; null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The id, as in HistoricalName.id.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("id");
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                    throw new BadUserInputError($"'{text}' is not a historical-name id: ids are whole numbers, as returned in HistoricalName.id.");
                return await c.RequestServices!.GetRequiredService<HistoryLoaders>().ById.Load(id).GetResultAsync(c.CancellationToken)
                    ?? throw new NotFoundError($"No historical name has id {id}.");
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DynastyGraphType>>>>("dynasties")
            .Description("The dynasty table (朝代) that HistoricalNameFilter.dynasty reads, in chronological order, with the source of each range.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<DynastyCatalog>().AllAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdminChangeGraphType>>>>("adminChanges")
            .Description("Dated changes between division units (区划调整), oldest first: the real 2018-2019 Shanxi county changes and any recorded since.")
            .Argument<StringGraphType>("code", "Only changes a unit with this code (or inside it) took part in, before or after: 140421, 1404.")
            .Argument<DateGraphType>("from", "Only changes on or after this day.")
            .Argument<DateGraphType>("to", "Only changes on or before this day.")
            .Resolve(AdminChanges);
    }

    private static async Task<HistoricalNameConnection> HistoricalNamesAsync(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", DefaultPageSize);
        if (first > MaxPageSize)
            throw new LimitExceededError($"first is {first}; a page holds at most {MaxPageSize} names. Page on with after: pageInfo.endCursor.");
        if (first < 0)
            throw new BadUserInputError($"first is {first}; ask for 0 to {MaxPageSize} names.");
        var after = context.GetArgument<string?>("after") is { } cursor ? HistoricalNameCursor.Decode(cursor) : (long?)null;
        var services = context.RequestServices!;
        var input = context.GetArgument<HistoricalNameFilterInput?>("filter");
        var filter = HistoricalNameFilter.From(input, await services.GetRequiredService<DynastyCatalog>().AllAsync(context.CancellationToken));
        var queries = services.GetRequiredService<HistoricalNameQueries>();
        if (filter.Category is { } category)
        {
            // Categories come with the data (imports add them), so they are read, not listed in code.
            var categories = await queries.CategoriesAsync(context.CancellationToken);
            if (!categories.Contains(category, StringComparer.Ordinal))
                throw new BadUserInputError(
                    $"'{category}' is not a list category of the registry's historical names. Use one of: {string.Join(", ", categories)} (or leave category out).");
        }
        if (input?.Text is { } text)
        {
            context.TakePublicRead("historicalNames text search");
            var search = services.GetRequiredService<HistorianSearch>();
            if (filter == HistoricalNameFilter.None)
                return await MatchesPageAsync(queries, Searching(() => search.Page(text, first, after)), first, context.CancellationToken);
            filter = filter with { Ids = Searching(() => search.Match(text)) };
        }
        var (names, hasNext, hasPrevious) = await queries.PageAsync(filter, first, after, context.CancellationToken);
        return Connection(names, hasNext, hasPrevious, filter, null);
    }

    /// <summary>
    /// Text alone: the search index pages the matches itself and counts them, so only the page's ids
    /// go to PostgreSQL, not the thousands a short common text matches; totalCount is the number matched.
    /// </summary>
    private static async Task<HistoricalNameConnection> MatchesPageAsync(
        HistoricalNameQueries queries, HistorianPage page, int first, CancellationToken cancellationToken)
    {
        var (names, hasNext, _) = await queries.PageAsync(HistoricalNameFilter.None with { Ids = page.Ids }, first, null, cancellationToken);
        return Connection(names, hasNext, page.HasPrevious, HistoricalNameFilter.None with { Ids = page.Ids }, page.TotalCount);
    }

    private static HistoricalNameConnection Connection(List<HistoricalNameRecord> names, bool hasNext, bool hasPrevious, HistoricalNameFilter filter, int? totalCount)
    {
        var edges = names.Select(n => new HistoricalNameEdge(n, HistoricalNameCursor.Encode(n.Id))).ToList();
        return new HistoricalNameConnection(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), filter, totalCount);
    }

    private static T Searching<T>(Func<T> search)
    {
        try
        {
            return search();
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

    private static IReadOnlyList<AdminChangeRecord> AdminChanges(IResolveFieldContext context)
    {
        var from = context.GetArgument<DateOnly?>("from");
        var to = context.GetArgument<DateOnly?>("to");
        if (from > to)
            throw new BadUserInputError($"The date range is reversed: from {from:yyyy-MM-dd} is after to {to:yyyy-MM-dd}. Give the earlier day as from.");
        var hierarchy = context.RequestServices!.GetRequiredService<HierarchySource>().Current;
        IEnumerable<AdminChangeRecord> changes = hierarchy.Changes;
        if (context.GetArgument<string?>("code") is { } text)
        {
            if (!CivilAffairs.Gazetteer.Divisions.DivisionCode.TryParse(text, out var code))
                throw new BadUserInputError(CivilAffairs.Gazetteer.Divisions.DivisionCode.Explain(text));
            var units = hierarchy.Divisions.Where(d => d.Code.StartsWith(code.Short, StringComparison.Ordinal)).Select(d => d.Id).ToHashSet();
            if (units.Count == 0)
                throw new NotFoundError($"No division, current or former, has code {code.Short}.");
            changes = changes.Where(c => c.From.Concat(c.To).Any(units.Contains));
        }
        return changes.Where(c => (from is null || c.Date >= from) && (to is null || c.Date <= to))
            .OrderBy(c => c.Date).ThenBy(c => c.Id).ToList();
    }
}
