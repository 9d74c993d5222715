using CivilAffairs.Gazetteer.Data.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class ProvenanceGraphType : EnumerationGraphType<Provenance>
{
    public ProvenanceGraphType()
    {
        Name = "Provenance";
        Description = "Where a record comes from. SAMPLE records are generated for testing and never official; DERIVED ones are computed (e.g. a point placed inside its county).";
        Describe("OFFICIAL", "Published by an authority (statistical division codes, the department's registers).");
        Describe("SAMPLE", "Generated to full scale for testing and demonstration; never official.");
        Describe("DERIVED", "Computed from other data, such as a point placed inside its county polygon.");
        Describe("COLLECTED", "Collected in the field and not yet reviewed.");
    }

    private void Describe(string name, string description) => Values.FindByName(name)!.Description = description;
}
