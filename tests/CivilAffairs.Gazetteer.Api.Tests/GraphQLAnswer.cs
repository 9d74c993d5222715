using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>An HTTP answer of the GraphQL endpoint, parsed.</summary>
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
