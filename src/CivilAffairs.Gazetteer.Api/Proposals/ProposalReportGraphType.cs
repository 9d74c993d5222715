using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalReportGraphType : ObjectGraphType<ProposalReportRecord>
{
    public ProposalReportGraphType()
    {
        Name = "ProposalReport";
        Description = "A report attached to a step of a proposal.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("assessment, expert_review or public_consultation.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("reference").Description("The document's reference; null for the generated sample.").Resolve(c => c.Source.Reference);
        Field<StringGraphType>("summary").Description("What it concluded.").Resolve(c => c.Source.Summary);
    }
}
