using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalEventGraphType : ObjectGraphType<ProposalEventRecord>
{
    public ProposalEventGraphType()
    {
        Name = "ProposalEvent";
        Description = "One step of a proposal's history: who, when, from which state to which, why.";
        Field<NonNullGraphType<TimestampGraphType>>("at").Description("When.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who: the token's subject (or, in the sample, the office).").Resolve(c => c.Source.Actor);
        Field<ProposalStateGraphType>("from").Description("The state before; null for the first step.").Resolve(c => c.Source.From is null ? null : CivilAffairs.Gazetteer.Workflow.StoredNames.Parse<CivilAffairs.Gazetteer.Workflow.ProposalState>(c.Source.From));
        Field<NonNullGraphType<ProposalStateGraphType>>("to").Description("The state after.").Resolve(c => CivilAffairs.Gazetteer.Workflow.StoredNames.Parse<CivilAffairs.Gazetteer.Workflow.ProposalState>(c.Source.To));
        Field<StringGraphType>("note").Description("Why, as the actor wrote it.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalReportGraphType>>>>("reports").Description("Reports attached with this step.").Resolve(c => ProposalReportRecord.Parse(c.Source.Reports));
    }
}
