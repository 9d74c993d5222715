using CivilAffairs.Gazetteer.Data.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PlaceStatusGraphType : EnumerationGraphType<PlaceStatus>
{
    public PlaceStatusGraphType()
    {
        Name = "PlaceStatus";
        Description = "Where a name stands: in use, proposed, historical (no longer in use, kept as history) or retired.";
        Describe("CURRENT", "The standard name in use.");
        Describe("PROPOSED", "Proposed and not yet approved.");
        Describe("HISTORICAL", "No longer in use, kept as history.");
        Describe("RETIRED", "Withdrawn from use by a decision.");
    }

    private void Describe(string name, string description) => Values.FindByName(name)!.Description = description;
}
