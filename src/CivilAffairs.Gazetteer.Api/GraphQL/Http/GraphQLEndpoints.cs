using CivilAffairs.Gazetteer.Api.GraphiQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

internal static class GraphQLEndpoints
{
    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/> (GET for queries, POST for all), and
    /// the GraphiQL page there to browsers (a GET asking for text/html with no query).
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpHandler handler) =>
            GraphiQLEndpoints.WantsPage(http.Request) ? GraphiQLEndpoints.ServePageAsync(http) : handler.HandleAsync(http));
        endpoints.MapGraphiQL();
        return endpoints;
    }
}
