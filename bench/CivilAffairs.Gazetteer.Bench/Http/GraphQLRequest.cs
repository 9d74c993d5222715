using System.Text.Json;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>A GraphQL POST body: the query and its variables as JSON text.</summary>
internal static class GraphQLRequest
{
    /// <summary>The no-op every run is compared with: GraphQL parsing, validation and HTTP, no work.</summary>
    public const string NoOpQuery = "{ __typename }";

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Body(string query, object? variables = null) =>
        JsonSerializer.Serialize(new { query, variables }, Options);

    public static string NoOp { get; } = Body(NoOpQuery);
}
