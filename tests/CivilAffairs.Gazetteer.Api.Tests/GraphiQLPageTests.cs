using System.Net;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>GraphiQL at GET /graphql for browsers, every asset from the service itself.</summary>
public sealed class GraphiQLPageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ABrowserGetsTheGraphiQLPageWithLocalAssetsOnly()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        using var response = await api.Factory.CreateClient().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/graphiql/graphiql.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphiql.min.js", "text/javascript")]
    [InlineData("graphiql.min.css", "text/css")]
    [InlineData("react.production.min.js", "text/javascript")]
    [InlineData("react-dom.production.min.js", "text/javascript")]
    [InlineData("examples.js", "text/javascript")]
    public async Task EveryAssetOfThePageIsServedLocally(string name, string type)
    {
        using var response = await api.Factory.CreateClient().GetAsync("/graphiql/" + name);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task OtherFilesAreNotServedAndAClientAskingForJsonStillGetsGraphQL()
    {
        using var other = await api.Factory.CreateClient().GetAsync("/graphiql/package.json");
        using var json = await api.Factory.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("\"__typename\":\"Query\"", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
