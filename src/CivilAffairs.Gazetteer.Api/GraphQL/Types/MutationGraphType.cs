using CivilAffairs.Gazetteer.Api.Collection;
using CivilAffairs.Gazetteer.Api.Places;
using CivilAffairs.Gazetteer.Api.Proposals;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>Writes. Each feature adds its mutations with one line (this.AddXMutations()).</summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Writes to the registry: POST only, with a bearer token (JWT) whose role and jurisdiction allow the write. Each write is one transaction with its change_log entry.";
        this.AddProposalMutations();
        this.AddPoiMutations();
        this.AddPlaceMutations();
    }
}
