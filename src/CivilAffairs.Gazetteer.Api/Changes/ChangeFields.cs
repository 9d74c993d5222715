using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Data.Changes;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Changes;

internal static class ChangeFields
{
    public const int DefaultPageSize = 1000;
    public const int MaxPageSize = 10_000;

    /// <summary>Adds <c>changes(since, first)</c>, the change feed for clients that keep a copy.</summary>
    public static void AddChangeFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ChangeConnectionGraphType>>("changes")
            .Description("The ordered change log (变更记录): every insert, update and retirement, oldest first. A client that applies them in order to a snapshot " +
                         "(GET /changes/snapshot, which names the cursor it is valid at) holds an exact copy. The search index of every node follows the same sequence.")
            .Argument<ChangeCursorGraphType>("since", "The cursor to continue after: an endCursor of an earlier page, or a snapshot's cursor. Leave out to read from the start of the log.")
            .Argument<IntGraphType>("first", $"How many changes, 1 to {MaxPageSize}.", a => a.DefaultValue = DefaultPageSize)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument("first", DefaultPageSize);
                if (first < 1 || first > MaxPageSize)
                    throw new BadUserInputError($"first = {first} is out of range: ask for 1 to {MaxPageSize} changes per page and page on with since.");
                // A malformed cursor never gets here: the ChangeCursor scalar refuses it before the request runs.
                var given = c.GetArgument<long?>("since");
                var after = given ?? 0;
                var since = given is { } seq ? ChangeCursor.Encode(seq) : null;
                var feed = c.RequestServices!.GetRequiredService<ChangeFeed>();
                var page = await feed.ReadAsync(after, first + 1, withImages: true, c.CancellationToken);
                if (page.Count == 0 && after > 0 && after > await feed.LastSeqAsync(c.CancellationToken))
                    throw new BadUserInputError(
                        $"since points past the end of this registry's change log: the cursor comes from another database (or one restored from an older backup). Take a new snapshot (GET /changes/snapshot) and continue from its cursor.");
                var edges = page.Take(first).Select(r => new ChangeEdge(r, ChangeCursor.Encode(r.Seq))).ToList();
                var end = edges.Count > 0 ? edges[^1].Cursor : since;
                return new ChangeConnection(edges, new PageInfo(page.Count > first, after > 0, edges.Count > 0 ? edges[0].Cursor : since, end));
            });
    }
}
