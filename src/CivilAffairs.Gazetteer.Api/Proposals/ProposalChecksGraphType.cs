using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalChecksGraphType : ObjectGraphType<ProposalChecks>
{
    public ProposalChecksGraphType()
    {
        Name = "ProposalChecks";
        Description = "The naming-rule checks stored with a proposal (run at submission and again on entering REVIEW).";
        Field<NonNullGraphType<BooleanGraphType>>("ok").Description("True when no rule is violated.").Resolve(c => c.Source.Ok);
        Field<TimestampGraphType>("checkedAt").Description("When the checks ran; null for proposals never checked (the generated sample).").Resolve(c => c.Source.CheckedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameCheckFindingGraphType>>>>("results").Description("One result per rule.").Resolve(c => c.Source.Results);
    }
}
