using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

public sealed record GraphQLAnswer(HttpStatusCode Status, string? ContentType, string Body, JsonNode Json)
{
    public JsonArray? Errors => Json["errors"] as JsonArray;

    /// <summary>extensions.code of the first error.</summary>
    public string? FirstCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public string? FirstMessage => Errors?[0]?["message"]?.GetValue<string>();

    public static async Task<GraphQLAnswer> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        JsonNode json;
        try
        {
            json = JsonNode.Parse(body) ?? new JsonObject();
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException($"The answer ({(int)response.StatusCode}) is not JSON: {body}");
        }
        return new GraphQLAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, json);
    }
}
