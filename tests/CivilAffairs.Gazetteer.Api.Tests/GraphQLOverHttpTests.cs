using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class GraphQLOverHttpTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string CountyName = "{ division(code: \"149901\") { name } }";

    private async Task<GraphQLAnswer> SendAsync(HttpMethod method, string uri, HttpContent? content = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        using var response = await api.Factory.CreateClient().SendAsync(request);
        return await GraphQLAnswer.ReadAsync(response);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task PostWithJsonAnswersGraphQLResponseJsonWithChineseUnescaped()
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Json($$"""{"query": "{{CountyName.Replace("\"", "\\\"")}}"}"""));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/graphql-response+json", answer.ContentType);
        Assert.Contains("\"样例县\"", answer.Body);
    }

    [Fact]
    public async Task NamesBeyondTheBasicPlaneAndQuotesInMessagesAreWrittenAsJsonNeedsNoMore()
    {
        var village = await SendAsync(HttpMethod.Post, "/graphql", Json("""{"query": "{ division(code: \"149901200201\") { name } }"}"""));
        var error = await SendAsync(HttpMethod.Post, "/graphql", Json("""{"query": "{ division(code: \"x\\\"y\") { name } }"}"""));

        Assert.Contains("\"𣵦沟村\"", village.Body);
        Assert.Equal("𣵦沟村", village.Json["data"]!["division"]!["name"]!.GetValue<string>());
        Assert.Contains("'x\\\"y' is not a division code", error.Body);
        Assert.StartsWith("'x\"y' is not a division code", error.FirstMessage);
    }

    [Fact]
    public async Task PostWithApplicationGraphQLTakesTheDocumentAsTheBody()
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", new StringContent(CountyName, Encoding.UTF8, "application/graphql"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("样例县", answer.Json["data"]!["division"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetRunsAQueryWithVariables()
    {
        var query = Uri.EscapeDataString("query County($code: String!) { division(code: $code) { name level } }");
        var variables = Uri.EscapeDataString("{\"code\": \"149901\"}");
        var answer = await SendAsync(HttpMethod.Get, $"/graphql?query={query}&variables={variables}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("COUNTY", answer.Json["data"]!["division"]!["level"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetRefusesAMutationWith405()
    {
        var answer = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { retirePlace(id: 1) { id } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Contains("POST", answer.FirstMessage);
    }

    [Fact]
    public async Task ApplicationJsonIsAnsweredWhenThatIsAllTheClientAccepts()
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Json("""{"query": "{ division(code: \"149901\") { name } }"}"""), accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/json", answer.ContentType);
    }

    [Fact]
    public async Task AnInvalidDocumentIs400WithGraphQLResponseJsonAnd200WithApplicationJson()
    {
        const string unknownField = """{"query": "{ division(code: \"149901\") { population } }"}""";
        var modern = await SendAsync(HttpMethod.Post, "/graphql", Json(unknownField));
        var legacy = await SendAsync(HttpMethod.Post, "/graphql", Json(unknownField), accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Null(modern.Json["data"]);
        Assert.Equal("BAD_USER_INPUT", modern.FirstCode);
        Assert.Contains("population", modern.FirstMessage);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("BAD_USER_INPUT", legacy.FirstCode);
    }

    [Fact]
    public async Task MalformedGraphQLIs400WithTheSyntaxErrorExplained()
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Json("""{"query": "{ division(code: \"149901\" { name } }"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Equal("SYNTAX_ERROR", answer.Errors![0]!["extensions"]!["reason"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2")]
    [InlineData("{\"query\": \"{ places { totalCount } }\", \"variables\": \"x\"}")]
    [InlineData("")]
    public async Task MalformedJsonIs400WithAnExample(string body)
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("not a GraphQL request in JSON", answer.FirstMessage);
    }

    [Fact]
    public async Task AJsonBodyWithoutAQueryIs400()
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Json("""{"variables": {}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("no query", answer.FirstMessage);
    }

    [Fact]
    public async Task OtherContentTypesAre415()
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql", new StringContent("query=" + CountyName, Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Contains("application/json", answer.FirstMessage);
    }

    [Fact]
    public async Task AWrongVariableTypeIs400()
    {
        var answer = await SendAsync(HttpMethod.Post, "/graphql",
            Json("""{"query": "query($first: Int) { places(first: $first) { totalCount } }", "variables": {"first": "many"}}"""));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
    }

    [Fact]
    public async Task ADocumentDeeperThanTheLimitIsRefusedWithLimitExceeded()
    {
        var query = "{ division(code: \\\"149901100201\\\") { " + string.Concat(Enumerable.Repeat("parent { ", 20)) + "code" + new string('}', 20) + " } }";
        var answer = await SendAsync(HttpMethod.Post, "/graphql", Json($$"""{"query": "{{query}}"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("LIMIT_EXCEEDED", answer.FirstCode);
    }

    [Fact]
    public async Task AGetWithoutAQueryIs400()
    {
        var answer = await SendAsync(HttpMethod.Get, "/graphql");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("query parameter", answer.FirstMessage);
    }

    [Fact]
    public async Task AnUnreachableDatabaseIsUnavailableWithoutDetails()
    {
        await using var factory = new ApiFactory("Host=127.0.0.1;Port=1;Timeout=2");
        using var response = await factory.CreateClient().PostAsync("/graphql", Json("""{"query": "{ division(code: \"149901\") { name } }"}"""));
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("UNAVAILABLE", answer.FirstCode);
        Assert.Contains("try again", answer.FirstMessage);
        Assert.DoesNotContain("Npgsql", answer.Body);
        Assert.DoesNotContain("127.0.0.1", answer.Body);
        Assert.DoesNotContain("   at ", answer.Body);
    }
}
