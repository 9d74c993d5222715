using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Api.Proposals;
using CivilAffairs.Gazetteer.Api.Workflow;
using CivilAffairs.Gazetteer.Data.Places;
using GraphQL;
using GraphQL.Types;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Places;

internal static class PlaceMutations
{
    /// <summary>updatePlace(id, version, patch) and retirePlace(id, version, reason): direct writes to a registered place.</summary>
    public static void AddPlaceMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PlaceGraphType>>("updatePlace")
            .Description("Corrects a current place's meaning, origin, history, aliases or geometry (approver or admin, inside the token's jurisdiction). version must be the one you read, else CONFLICT; the change is logged with before and after, and search follows it within a second. The name changes only through a RENAME proposal.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The place's id.")
            .Argument<NonNullGraphType<IntGraphType>>("version", "The version you read (Place.version).")
            .Argument<NonNullGraphType<PlacePatchGraphType>>("patch", "What to change.")
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var id = ProposalFields.ParseId(c.GetArgument<string>("id"), "place");
                var input = c.GetArgument<PlacePatchInput>("patch");
                var patch = new PlacePatch(input.Meaning, input.Origin, input.History, input.Aliases, input.Geometry);
                await Refusals.RunAsync(async () =>
                {
                    await c.RequestServices!.GetRequiredService<PlaceEdits>().UpdateAsync(actor, id, c.GetArgument<int>("version"), patch, c.CancellationToken);
                    return true;
                });
                return await ReadAsync(c, id);
            });

        mutation.Field<NonNullGraphType<PlaceGraphType>>("retirePlace")
            .Description("Retires a current place directly (admin only, inside the token's jurisdiction), for corrections such as duplicates: status RETIRED and validTo today, the row kept, the reason in the audit log. A registered name is normally retired through a RETIRE proposal; an open proposal about the place makes this a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The place's id.")
            .Argument<NonNullGraphType<IntGraphType>>("version", "The version you read (Place.version).")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the place is retired (销名原因), kept in the audit log.")
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var id = ProposalFields.ParseId(c.GetArgument<string>("id"), "place");
                await Refusals.RunAsync(async () =>
                {
                    await c.RequestServices!.GetRequiredService<PlaceEdits>().RetireAsync(actor, id, c.GetArgument<int>("version"), c.GetArgument<string>("reason"), c.CancellationToken);
                    return true;
                });
                return await ReadAsync(c, id);
            });
    }

    /// <summary>The place as just written, from the primary (a replica may not have the write yet).</summary>
    private static async Task<PlaceRecord> ReadAsync(IResolveFieldContext context, long id) =>
        (await new PlaceQueries(context.RequestServices!.GetRequiredService<NpgsqlDataSource>()).ByIdsAsync([id], context.CancellationToken)).TryGetValue(id, out var place)
            ? place
            : throw new NotFoundError($"No place has id {id}.");
}
