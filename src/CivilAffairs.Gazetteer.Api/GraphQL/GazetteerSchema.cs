using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL;
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
        // Introspection (GraphiQL, code generators) is not counted against the complexity limit: it
        // reads the schema, not the registry, and the depth and field-count limits still hold.
        this.WithIntrospectionComplexityImpact(0);
    }
}
