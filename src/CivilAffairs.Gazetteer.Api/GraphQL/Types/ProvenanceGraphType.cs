using CivilAffairs.Gazetteer.Api.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class ProvenanceGraphType : EnumerationGraphType<Provenance>
{
    public ProvenanceGraphType()
    {
        Name = "Provenance";
        Description = "Where a record comes from. SAMPLE records are generated for testing and never official; DERIVED ones are computed (e.g. a point placed inside its county).";
    }
}
