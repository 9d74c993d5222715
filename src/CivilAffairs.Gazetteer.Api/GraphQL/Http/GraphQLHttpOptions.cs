namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>The limits of the GraphQL endpoint (configuration section GraphQL).</summary>
internal sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>The largest request body (or GET query string) read, in bytes; larger ones get LIMIT_EXCEEDED (413).</summary>
    public int MaxRequestBytes { get; set; } = 512 * 1024;

    /// <summary>The most operations in one batched POST (a JSON array of requests).</summary>
    public int MaxBatchSize { get; set; } = 20;

    /// <summary>The highest complexity a document may have (fields weighted by the page sizes they ask for).</summary>
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>How long one request may run before it is stopped with TIMEOUT.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many persisted queries (SHA-256 → document) one node keeps.</summary>
    public int MaxPersistedQueries { get; set; } = 10_000;
}
