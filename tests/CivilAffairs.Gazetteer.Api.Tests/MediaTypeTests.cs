using CivilAffairs.Gazetteer.Api.GraphQL.Http;

namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class MediaTypeTests
{
    [Theory]
    [InlineData("", "application/graphql-response+json")]
    [InlineData("*/*", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, */*;q=0.5", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("text/html", "application/graphql-response+json")]
    [InlineData("not a media type", "application/graphql-response+json")]
    public void TheResponseTypeFollowsWhatTheClientAccepts(string accept, string expected)
    {
        var header = accept.Length == 0 ? [] : new[] { accept };

        Assert.Equal(expected, MediaTypes.ChooseResponseType(header));
    }
}
