using CivilAffairs.Gazetteer.Workflow;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalKindGraphType : EnumerationGraphType<ProposalKind>
{
    public ProposalKindGraphType()
    {
        Name = "ProposalKind";
        Description = "What a proposal asks for.";
        Values.FindByName("NAME")!.Description = "Naming an unnamed place (命名); STANDARD creates the place.";
        Values.FindByName("RENAME")!.Description = "Renaming a place (更名); STANDARD renames it and keeps the old name as a former name.";
        Values.FindByName("RETIRE")!.Description = "Retiring a name (销名); STANDARD sets its end date and status RETIRED and keeps the record.";
    }
}
