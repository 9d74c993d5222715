using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>Posts GraphQL documents the way a client would and reads the answer back as JSON.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<GraphQLAnswer> PostAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return await GraphQLAnswer.ReadAsync(response);
    }

    /// <summary>The data of a query that must succeed without errors.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var answer = await PostAsync(query, variables);
        Assert.True(answer.Status == HttpStatusCode.OK && answer.Errors is null, $"Expected data, got {answer.Status}: {answer.Body}");
        return answer.Json["data"]!;
    }
}
