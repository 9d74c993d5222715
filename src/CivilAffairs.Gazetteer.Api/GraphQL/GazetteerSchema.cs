using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL;

/// <summary>The registry's GraphQL schema; its SDL is committed as schema/gazetteer.graphql.</summary>
internal sealed class GazetteerSchema : Schema
{
    public GazetteerSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Description = "The place-name registry of Shanxi province (山西省地名), civil-affairs department.";
        Query = query;
        Mutation = mutation;
    }
}
