using Microsoft.Net.Http.Headers;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>The media types of GraphQL over HTTP and the choice between them.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQL = "application/graphql";

    /// <summary>
    /// application/graphql-response+json unless the client accepts only (or prefers) application/json.
    /// An Accept header with neither is disregarded, as the spec allows.
    /// </summary>
    public static string ChooseResponseType(IList<string> accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
            return GraphQLResponse;
        double Quality(string type) => values
            .Where(v => v.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Quality ?? 1)
            .DefaultIfEmpty(-1)
            .Max();
        var wildcard = values
            .Where(v => v.MediaType.Equals("*/*", StringComparison.Ordinal) || v.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Quality ?? 1)
            .DefaultIfEmpty(-1)
            .Max();
        var graphql = Math.Max(Quality(GraphQLResponse), wildcard);
        var json = Quality(Json);
        return json > 0 && json > graphql ? Json : GraphQLResponse;
    }
}
