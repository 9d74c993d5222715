using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.Proposals;
using CivilAffairs.Gazetteer.Api.Workflow;
using CivilAffairs.Gazetteer.Data.Collection;
using GraphQL;
using GraphQL.Types;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.Collection;

internal static class PoiMutations
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>collectPoi(input) and reviewPoi(id, version, decision, mergeInto, note).</summary>
    public static void AddPoiMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PointOfInterestGraphType>>("collectPoi")
            .Description("Submits a collected village name or point of interest (any role, inside the token's jurisdiction); duplicates nearby are detected and kept for the reviewer.")
            .Argument<NonNullGraphType<PoiInputGraphType>>("input", "What was collected.")
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var input = c.GetArgument<PoiInput>("input");
                var collection = new PoiCollection(input.Name, input.Category, Factory.CreatePoint(new Coordinate(input.Lon, input.Lat)), input.Photo, input.Note);
                var id = await Refusals.RunAsync(() => c.RequestServices!.GetRequiredService<PoiStore>().CollectAsync(actor, collection, c.CancellationToken));
                return await c.RequestServices!.GetRequiredService<PoiQueries>().ByIdAsync(id, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PointOfInterestGraphType>>("reviewPoi")
            .Description("A reviewer's decision on a pending collected name (role reviewer or above, inside the jurisdiction): ACCEPT registers it as a place, MERGE joins it to an existing place, REJECT keeps it on record as rejected.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The POI's id.")
            .Argument<NonNullGraphType<IntGraphType>>("version", "The version you read.")
            .Argument<NonNullGraphType<PoiDecisionGraphType>>("decision", "ACCEPT, MERGE or REJECT.")
            .Argument<IdGraphType>("mergeInto", "For MERGE: the place it is the same as.")
            .Argument<StringGraphType>("note", "Why; required for REJECT.")
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var id = ProposalFields.ParseId(c.GetArgument<string>("id"), "pointOfInterest");
                var merge = c.GetArgument<string?>("mergeInto") is { } text ? ProposalFields.ParseId(text, "place") : (long?)null;
                var review = new PoiReview(id, c.GetArgument<int>("version"), c.GetArgument<PoiDecision>("decision"), merge, c.GetArgument<string?>("note"));
                await Refusals.RunAsync(async () =>
                {
                    await c.RequestServices!.GetRequiredService<PoiStore>().ReviewAsync(actor, review, c.CancellationToken);
                    return true;
                });
                return await c.RequestServices!.GetRequiredService<PoiQueries>().ByIdAsync(id, c.CancellationToken);
            });
    }
}
