namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

internal static class GraphQLEndpoints
{
    /// <summary>Serves GraphQL over HTTP at <paramref name="pattern"/> (GET for queries, POST for all).</summary>
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http));
        return endpoints;
    }
}
