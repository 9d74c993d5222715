using System.Globalization;
using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.Workflow;
using CivilAffairs.Gazetteer.Data.Writes;
using CivilAffairs.Gazetteer.Divisions;
using GraphQL;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal static class ProposalFields
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>proposal(id), proposals(filter, first, after) and proposalStatistics(divisionCode).</summary>
    public static void AddProposalFields(this ObjectGraphType query)
    {
        query.Field<ProposalGraphType>("proposal")
            .Description("A proposal by id, with its history, check results and deadlines; null with NOT_FOUND when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The proposal's id.")
            .ResolveAsync(async c =>
            {
                var id = ParseId(c.GetArgument<string>("id"), "proposal");
                var found = await c.RequestServices!.GetRequiredService<ProposalQueries>().ByIdsAsync([id], c.CancellationToken);
                return found.TryGetValue(id, out var proposal) ? proposal : throw new NotFoundError($"No proposal has id {id}.");
            });

        query.Field<NonNullGraphType<ProposalConnectionGraphType>>("proposals")
            .Description("Proposals, a page at a time in id order, narrowed by state, jurisdiction (division-code prefix), overdue, applicant and kind.")
            .Argument<ProposalFilterGraphType>("filter", "Which proposals; all when left out.")
            .Argument<IntGraphType>("first", $"How many in the page, 0 to {MaxPageSize}.", a => a.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after", "The endCursor of the previous page; leave out to start at the beginning.")
            .ResolveAsync(async c =>
            {
                c.RequestServices!.GetRequiredService<ClientRateLimits>().TakeExpensiveRead(c);
                var first = IdCursor.First(c.GetArgument("first", DefaultPageSize), MaxPageSize);
                var after = IdCursor.Decode("proposal", c.GetArgument<string?>("after"));
                var filter = c.GetArgument<ProposalFilter?>("filter") ?? new ProposalFilter();
                var today = c.RequestServices!.GetRequiredService<TimeProvider>().Today();
                var (items, more, total) = await c.RequestServices!.GetRequiredService<ProposalQueries>().PageAsync(filter, today, first, after, c.CancellationToken);
                return new Page<ProposalRecord>(items, more, total, p => IdCursor.Encode("proposal", p.Id));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalCountGraphType>>>>("proposalStatistics")
            .Description("Proposals per county and state, with how many are overdue: the initiative's dashboard.")
            .Argument<StringGraphType>("divisionCode", "A division-code prefix (14, 1410, 141024); the whole province when left out.")
            .ResolveAsync(async c =>
            {
                c.RequestServices!.GetRequiredService<ClientRateLimits>().TakeExpensiveRead(c);
                string? prefix = null;
                if (c.GetArgument<string?>("divisionCode") is { } text)
                    prefix = DivisionCode.TryParse(text, out var code) ? code.Short : throw new BadUserInputError(DivisionCode.Explain(text));
                var today = c.RequestServices!.GetRequiredService<TimeProvider>().Today();
                return await c.RequestServices!.GetRequiredService<ProposalQueries>().CountsAsync(prefix, today, c.CancellationToken);
            });
    }

    public static long ParseId(string text, string what) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new BadUserInputError($"'{text}' is not a {what} id: ids are whole numbers, as returned in {what}.id.");
}
