using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>Posts GraphQL documents as a client would; every answer must come within <see cref="Patience"/>.</summary>
public sealed class GraphQLClient
{
    /// <summary>Longer than any answer of a healthy service or an UNAVAILABLE one; reaching it means the service hung.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly HttpClient http;

    public GraphQLClient(HttpClient http)
    {
        this.http = http;
        http.Timeout = Patience;
    }

    public HttpClient Http => http;

    public async Task<(HttpStatusCode Status, JsonNode Json)> PostAsync(string query)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonNode.Parse(body)!);
    }

    /// <summary>The data of a query that must succeed without errors.</summary>
    public async Task<JsonNode> DataAsync(string query)
    {
        var (status, json) = await PostAsync(query);
        Assert.True(status == HttpStatusCode.OK && json["errors"] is null, $"Expected data, got {status}: {json.ToJsonString()}");
        return json["data"]!;
    }

    /// <summary>The names the search finds for <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<string>> SearchAsync(string text)
    {
        var data = await DataAsync($$"""{ search(text: "{{text}}", first: 20) { edges { node { name } } } }""");
        return data["search"]!["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()).ToList();
    }
}
