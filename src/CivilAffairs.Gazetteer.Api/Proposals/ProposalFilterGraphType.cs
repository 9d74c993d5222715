using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalFilterGraphType : InputObjectGraphType<ProposalFilter>
{
    public ProposalFilterGraphType()
    {
        Name = "ProposalFilter";
        Description = "Which proposals; every given condition must hold.";
        Field<ListGraphType<NonNullGraphType<ProposalStateGraphType>>>("states").Description("Only in these states.");
        Field<StringGraphType>("divisionCode").Description("Division-code prefix (jurisdiction): 14, 1410, 141024, 141024100.");
        Field<BooleanGraphType>("overdue").Description("True: only approved or filed proposals whose filing or announcement is past its 15-day deadline; false: all others.");
        Field<StringGraphType>("applicant").Description("Only this applicant (exact).");
        Field<ProposalKindGraphType>("kind").Description("Only this kind.");
    }
}
