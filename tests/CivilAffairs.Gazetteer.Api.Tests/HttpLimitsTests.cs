using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>The limits of the endpoint (size, depth, complexity, batch, time) and what HTTP adds: compression, CORS, persisted queries.</summary>
public sealed class HttpLimitsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string CountyName = "{ division(code: \"149901\") { name } }";

    private HttpClient Http => api.Factory.CreateClient();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task AOneMegabyteQueryIsRefusedWithLimitExceededBeforeItIsParsed()
    {
        var query = CountyName + new string(' ', 1024 * 1024);
        using var response = await Http.PostAsJsonAsync("/graphql", new { query });
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal("LIMIT_EXCEEDED", answer.FirstCode);
        Assert.Contains("at most 524,288 bytes", answer.FirstMessage);
    }

    [Fact]
    public async Task ADocumentFiftyLevelsDeepIsRefusedWithLimitExceeded()
    {
        var query = "{ division(code: \"149901100201\") { " + string.Concat(Enumerable.Repeat("parent { ", 50)) + "code" + new string('}', 50) + " } }";
        var answer = await new GraphQLClient(Http).PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("LIMIT_EXCEEDED", answer.FirstCode);
        Assert.Null(answer.Json["data"]);
    }

    [Fact]
    public async Task ADocumentTooComplexIsRefusedWithLimitExceededAndASmallerPageIsAnswered()
    {
        const string Nested = "query($first: Int) { places(first: $first) { edges { node { divisionChain { children { children { children { code } } } } } } } }";
        var client = new GraphQLClient(Http);

        var refused = await client.PostAsync(Nested, new { first = 1000 });
        var answered = await client.PostAsync("{ places(first: 2) { edges { node { divisionChain { children { code } } } } } }");

        Assert.Equal("LIMIT_EXCEEDED", refused.FirstCode);
        Assert.Contains("complexity", refused.FirstMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Null(answered.Errors);
    }

    [Fact]
    public async Task ADocumentValidatedBeforeIsStillCheckedForItsVariablesAndItsComplexity()
    {
        // Run once and valid, each document is kept parsed and validated; what differs from one request to the next is checked every time.
        const string Nested = "query($first: Int) { places(first: $first) { edges { node { divisionChain { children { children { children { code } } } } } } } }";
        const string Geocode = "query($a: String!) { geocode(address: $a) { status } }";
        var client = new GraphQLClient(Http);

        var small = await client.PostAsync(Nested, new { first = 1 });
        var tooComplex = await client.PostAsync(Nested, new { first = 1000 });
        var geocoded = await client.PostAsync(Geocode, new { a = "山西省临汾市洪洞县" });
        var wrongType = await client.PostAsync(Geocode, new { a = 5 });
        var missing = await client.PostAsync(Geocode, new { });

        Assert.Null(small.Errors);
        Assert.Equal("LIMIT_EXCEEDED", tooComplex.FirstCode);
        Assert.Contains("complexity", tooComplex.FirstMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Null(geocoded.Errors);
        Assert.NotNull(geocoded.Json["data"]?["geocode"]?["status"]);
        Assert.Equal("BAD_USER_INPUT", wrongType.FirstCode);
        Assert.Contains("$a", wrongType.FirstMessage);
        Assert.Equal("BAD_USER_INPUT", missing.FirstCode);
    }

    [Fact]
    public async Task TheFullIntrospectionQueryOfGraphiQLIsNotCountedAgainstTheComplexityLimit()
    {
        // The shape GraphiQL and code generators send: every type with its fields, arguments and type references.
        const string TypeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";
        const string Introspection =
            "query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { kind name description " +
            "fields(includeDeprecated: true) { name description args { name description type { " + TypeRef + " } defaultValue } " +
            "type { " + TypeRef + " } isDeprecated deprecationReason } " +
            "inputFields { name description type { " + TypeRef + " } defaultValue } interfaces { " + TypeRef + " } " +
            "enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { " + TypeRef + " } } " +
            "directives { name description locations args { name description type { " + TypeRef + " } defaultValue } } } }";

        var answer = await new GraphQLClient(Http).PostAsync(Introspection);

        Assert.Null(answer.Errors);
        var types = answer.Json["data"]!["__schema"]!["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Place", types);
        Assert.Contains("Division", types);
    }

    [Fact]
    public async Task ABatchIsAnsweredInOrderAndAnOversizedBatchIsRefused()
    {
        var two = $$"""[{"query": "{ division(code: \"149901\") { name } }"}, {"query": "{ division(code: \"1499\") { name } }"}]""";
        using var response = await Http.PostAsync("/graphql", Json(two));
        var answers = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("样例县", answers[0]!["data"]!["division"]!["name"]!.GetValue<string>());
        Assert.Equal("样例市", answers[1]!["data"]!["division"]!["name"]!.GetValue<string>());

        var many = "[" + string.Join(", ", Enumerable.Repeat("""{"query": "{ __typename }"}""", 21)) + "]";
        using var refused = await Http.PostAsync("/graphql", Json(many));
        var answer = await GraphQLAnswer.ReadAsync(refused);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal("LIMIT_EXCEEDED", answer.FirstCode);
        Assert.Contains("at most 20", answer.FirstMessage);
    }

    [Fact]
    public async Task APersistedQueryIsAskedForOnceThenRunByItsHashAlone()
    {
        // A document no other test sends, so the hash is unknown to this node at first.
        var query = "{ division(code: \"149901\") { code name level } }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha256(query) } };
        var client = new GraphQLClient(Http);

        using var first = await Http.PostAsJsonAsync("/graphql", new { extensions });
        var unknown = await GraphQLAnswer.ReadAsync(first);
        using var second = await Http.PostAsJsonAsync("/graphql", new { query, extensions });
        var stored = await GraphQLAnswer.ReadAsync(second);
        using var third = await Http.PostAsJsonAsync("/graphql", new { extensions });
        var byHash = await GraphQLAnswer.ReadAsync(third);
        var overGet = await GraphQLAnswer.ReadAsync(await Http.GetAsync(
            "/graphql?extensions=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(extensions))));

        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstCode);
        Assert.Equal("样例县", stored.Json["data"]!["division"]!["name"]!.GetValue<string>());
        Assert.Equal("样例县", byHash.Json["data"]!["division"]!["name"]!.GetValue<string>());
        Assert.Equal("样例县", overGet.Json["data"]!["division"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task APersistedQueryWhoseHashIsNotItsOwnIsRefused()
    {
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha256("{ something else }") } };
        using var response = await Http.PostAsJsonAsync("/graphql", new { query = CountyName, extensions });
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("not the SHA-256 of the query", answer.FirstMessage);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task AnswersAreCompressedWhenTheClientAcceptsIt(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("""{"query": "{ places(first: 50) { edges { node { name wkt } } } }"}""") };
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await Http.SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream plain = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        var json = await JsonNode.ParseAsync(plain);
        Assert.Equal(50, json!["data"]!["places"]!["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task AnyOriginMayCallByDefaultAndConfiguredOriginsOnlyWhenSet()
    {
        await using var restricted = new ApiFactory(api.Database.ConnectionString, b => b.UseSetting("Cors:Origins:0", "https://maps.example.org"));

        var open = await PreflightAsync(api.Factory.CreateClient(), "https://anyone.example.com");
        var allowed = await PreflightAsync(restricted.CreateClient(), "https://maps.example.org");
        var other = await PreflightAsync(restricted.CreateClient(), "https://anyone.example.com");

        Assert.Equal("*", open);
        Assert.Equal("https://maps.example.org", allowed);
        Assert.Null(other);
    }

    private static async Task<string?> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await client.SendAsync(request);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }

    [Fact]
    public async Task ARequestLongerThanTheTimeoutIsStoppedWithTimeout()
    {
        await using var hurried = new ApiFactory(api.Database.ConnectionString, b => b.UseSetting("GraphQL:RequestTimeout", "00:00:00.001"));
        using var response = await hurried.CreateClient().PostAsync("/graphql", Json("""{"query": "{ places(first: 1000) { totalCount edges { node { name divisionChain { name } } } } }"}"""));
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.GatewayTimeout, answer.Status);
        Assert.Equal("TIMEOUT", answer.FirstCode);
        Assert.Contains("limit for one request", answer.FirstMessage);
    }
}
