using CivilAffairs.Gazetteer.Data.Proposals;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class NameCheckFindingGraphType : ObjectGraphType<NameCheckFinding>
{
    public NameCheckFindingGraphType()
    {
        Name = "ProposalCheck";
        Description = "One naming rule's result for a proposal, as stored when it was checked.";
        Field<NonNullGraphType<StringGraphType>>("rule").Description("The rule checked.").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<StringGraphType>>("article").Description("Where the rule comes from (地名管理条例 art. 9).").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<StringGraphType>>("outcome").Description("pass, warning or violation; a violation keeps the proposal from being approved.").Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("What was found, for a clerk.").Resolve(c => c.Source.Explanation);
    }
}
