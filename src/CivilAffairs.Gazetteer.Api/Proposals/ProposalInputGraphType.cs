using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalInputGraphType : InputObjectGraphType<ProposalInput>
{
    public ProposalInputGraphType()
    {
        Name = "ProposalInput";
        Description = "A new naming, renaming or retiring proposal.";
        Field<NonNullGraphType<ProposalKindGraphType>>("kind").Description("NAME, RENAME or RETIRE.");
        Field<StringGraphType>("proposedName").Description("The proposed name in Chinese characters (槐树沟); for RETIRE leave out (the place's name is taken).");
        Field<NonNullGraphType<StringGraphType>>("category").Description("The place category code: natural_village, road, street, bridge, ...");
        Field<NonNullGraphType<StringGraphType>>("divisionCode").Description("The division it lies in: 6, 9 or 12 digits (141024100201).");
        Field<GeoJsonGraphType>("geometry").Description("Where it is, as GeoJSON (WGS84); without it the registered place gets its division's point, marked derived.");
        Field<StringGraphType>("rationale").Description("Why the name is proposed (含义、来历).");
        Field<IdGraphType>("target").Description("For RENAME and RETIRE: the id of the place.");
        Field<StringGraphType>("applicant").Description("The applying body (大槐树镇人民政府); the token's subject when left out.");
        Field<BooleanGraphType>("draft").Description("True to keep it as a DRAFT; otherwise it is SUBMITTED at once.").DefaultValue(false);
    }
}
