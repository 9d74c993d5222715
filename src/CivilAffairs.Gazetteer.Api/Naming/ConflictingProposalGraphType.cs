using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Naming;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Naming;

internal sealed class ConflictingProposalGraphType : ObjectGraphType<NameConflict>
{
    public ConflictingProposalGraphType()
    {
        Name = "ConflictingProposal";
        Description = "A proposal still in the workflow whose name collides with the checked one.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The proposal's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("proposedName").Description("The name it proposes.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("state").Description("Where it stands in the workflow (submitted, review, approved, ...).").Resolve(c => c.Source.State);
        Field<NonNullGraphType<StringGraphType>>("category").Description("The category code it names.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<StringGraphType>>("divisionCode")
            .Description("The code of its division as people write it.")
            .Resolve(c => DivisionCode.TryParse(c.Source.DivisionCode, out var code) ? code.Short : c.Source.DivisionCode);
    }
}
