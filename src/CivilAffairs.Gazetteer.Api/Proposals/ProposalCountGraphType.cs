using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalCountGraphType : ObjectGraphType<ProposalCount>
{
    public ProposalCountGraphType()
    {
        Name = "ProposalCount";
        Description = "How many proposals of a county are in a state: the initiative's dashboard (乡村著名行动).";
        Field<NonNullGraphType<StringGraphType>>("countyCode").Description("The county's 6-digit code.").Resolve(c => c.Source.CountyCode);
        Field<NonNullGraphType<StringGraphType>>("countyName").Description("The county's current name.").Resolve(c => c.Source.CountyName);
        Field<NonNullGraphType<ProposalStateGraphType>>("state").Description("The state.").Resolve(c => CivilAffairs.Gazetteer.Workflow.StoredNames.Parse<CivilAffairs.Gazetteer.Workflow.ProposalState>(c.Source.State));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many proposals.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<IntGraphType>>("overdue").Description("How many of them are past their filing or announcement deadline.").Resolve(c => c.Source.Overdue);
    }
}
