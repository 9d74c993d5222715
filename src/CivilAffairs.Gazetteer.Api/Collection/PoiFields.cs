using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.Proposals;
using CivilAffairs.Gazetteer.Api.Workflow;
using GraphQL;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Collection;

internal static class PoiFields
{
    private static readonly string[] States = ["pending", "accepted", "merged", "rejected"];

    /// <summary>pointOfInterest(id) and pointsOfInterest(state, divisionCode, first, after).</summary>
    public static void AddPoiFields(this ObjectGraphType query)
    {
        query.Field<PointOfInterestGraphType>("pointOfInterest")
            .Description("A collected name by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The POI's id.")
            .ResolveAsync(async c =>
            {
                var id = ProposalFields.ParseId(c.GetArgument<string>("id"), "pointOfInterest");
                return await c.RequestServices!.GetRequiredService<PoiQueries>().ByIdAsync(id, c.CancellationToken)
                    ?? throw new NotFoundError($"No collected POI has id {id}.");
            });

        query.Field<NonNullGraphType<PoiConnectionGraphType>>("pointsOfInterest")
            .Description("Collected names, a page at a time in id order: the reviewers' queue with state pending.")
            .Argument<StringGraphType>("state", "pending, accepted, merged or rejected; all when left out.")
            .Argument<StringGraphType>("divisionCode", "Division-code prefix: 141024 for 洪洞县.")
            .Argument<IntGraphType>("first", $"How many in the page, 0 to {ProposalFields.MaxPageSize}.", a => a.DefaultValue = ProposalFields.DefaultPageSize)
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async c =>
            {
                c.RequestServices!.GetRequiredService<ClientRateLimits>().TakeExpensiveRead(c);
                var state = c.GetArgument<string?>("state");
                if (state is not null && !States.Contains(state))
                    throw new BadUserInputError($"state '{state}' is not one of {string.Join(", ", States)}.");
                var first = IdCursor.First(c.GetArgument("first", ProposalFields.DefaultPageSize), ProposalFields.MaxPageSize);
                var after = IdCursor.Decode("poi", c.GetArgument<string?>("after"));
                var (items, more, total) = await c.RequestServices!.GetRequiredService<PoiQueries>()
                    .PageAsync(state, c.GetArgument<string?>("divisionCode"), first, after, c.CancellationToken);
                return new Page<PoiRecord>(items, more, total, p => IdCursor.Encode("poi", p.Id));
            });
    }
}
