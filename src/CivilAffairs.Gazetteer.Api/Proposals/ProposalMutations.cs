using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.Workflow;
using CivilAffairs.Gazetteer.Data.Proposals;
using CivilAffairs.Gazetteer.Workflow;
using GraphQL;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal static class ProposalMutations
{
    /// <summary>submitProposal(input) and transitionProposal(id, version, to, note, reports).</summary>
    public static void AddProposalMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProposalGraphType>>("submitProposal")
            .Description("Submits a naming, renaming or retiring proposal (any role, inside the token's jurisdiction). The name is checked; a second open proposal of the same name in the same division is refused.")
            .Argument<NonNullGraphType<ProposalInputGraphType>>("input", "The proposal.")
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var input = c.GetArgument<ProposalInput>("input");
                var target = input.Target is null ? (long?)null : ProposalFields.ParseId(input.Target, "place");
                var submission = new ProposalSubmission(input.Kind, input.ProposedName, input.Category, input.DivisionCode, input.Geometry,
                    input.Rationale, target, input.Applicant, input.Draft);
                var id = await Refusals.RunAsync(() => c.RequestServices!.GetRequiredService<ProposalStore>().SubmitAsync(actor, submission, c.CancellationToken));
                return await ReadAsync(c, id);
            });

        mutation.Field<NonNullGraphType<ProposalGraphType>>("transitionProposal")
            .Description("Moves a proposal one step, if the token's role and jurisdiction allow it and version is current (else FORBIDDEN or CONFLICT). REVIEW needs the assessment, expert review and public consultation reports; APPROVED needs an approver at the category's approving level; STANDARD creates, renames or retires the place in the same transaction.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The proposal's id.")
            .Argument<NonNullGraphType<IntGraphType>>("version", "The version you read (Proposal.version).")
            .Argument<NonNullGraphType<ProposalStateGraphType>>("to", "The state to move to.")
            .Argument<StringGraphType>("note", "Why; required for REJECTED.")
            .Argument<ListGraphType<NonNullGraphType<ReportInputGraphType>>>("reports", "Reports attached with this step.")
            .ResolveAsync(async c =>
            {
                var actor = c.RequireActor();
                var id = ProposalFields.ParseId(c.GetArgument<string>("id"), "proposal");
                var note = c.GetArgument<string?>("note");
                if (note is { Length: > 2000 })
                    throw new BadUserInputError("The note has more than 2,000 characters; attach long texts as reports.");
                var reports = (c.GetArgument<List<ReportInput>?>("reports") ?? []).Select(r => new ProposalReport(r.Kind, r.Reference, r.Summary)).ToList();
                var step = new ProposalStep(id, c.GetArgument<int>("version"), c.GetArgument<ProposalState>("to"), note, reports);
                await Refusals.RunAsync(async () =>
                {
                    await c.RequestServices!.GetRequiredService<ProposalStore>().TransitionAsync(actor, step, c.CancellationToken);
                    return true;
                });
                return await ReadAsync(c, id);
            });
    }

    private static async Task<ProposalRecord> ReadAsync(IResolveFieldContext context, long id) =>
        (await context.RequestServices!.GetRequiredService<ProposalQueries>().ByIdsAsync([id], context.CancellationToken))[id];
}
