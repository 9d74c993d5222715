using System.Text;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>Requests the fuzzer (bench/load/fuzz.sh) found answered wrongly, pinned down one by one.</summary>
public sealed class FuzzFindingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ADocumentNestedPastTheParsersLimitIsLimitExceededNotInternal()
    {
        var nested = "{ division(code: \\\"14\\\") " + string.Concat(Enumerable.Repeat("{ parent ", 200)) + "{ name }" + new string('}', 200) + " }";
        using var response = await api.Factory.CreateClient().PostAsync("/graphql",
            new StringContent("{\"query\": \"" + nested + "\"}", Encoding.UTF8, "application/json"));
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal("LIMIT_EXCEEDED", answer.FirstCode);
        Assert.Contains("nested too deeply", answer.FirstMessage);
    }

    [Fact]
    public async Task ThousandsOfAliasedFieldsAreRefusedBeforeTheyRun()
    {
        var aliases = string.Concat(Enumerable.Range(0, 3000).Select(i => $"a{i}: reverseGeocode(lat: 36.{i % 90}, lon: 111.{i % 90}) {{ covered }} "));
        using var response = await api.Factory.CreateClient().PostAsync("/graphql",
            new StringContent("{\"query\": \"{ " + aliases + "}\"}", Encoding.UTF8, "application/json"));
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal("LIMIT_EXCEEDED", answer.FirstCode);
        Assert.Contains("more than 500 fields", answer.FirstMessage);
        Assert.Null(answer.Json["data"]);
    }

    [Fact]
    public async Task EighteenThousandSameNamedFieldsAreRefusedWithoutValidatingThem()
    {
        // Validation compares every pair of same-named siblings: 18,000 of them held a core for minutes
        // (the fuzzer's "huge" documents hung past its 30 s bound); counted first, they are refused at once.
        var fields = string.Concat(Enumerable.Repeat("__typename ", 18_000));
        using var response = await api.Factory.CreateClient().PostAsync("/graphql",
            new StringContent("{\"query\": \"{ " + fields + "}\"}", Encoding.UTF8, "application/json"));
        var answer = await GraphQLAnswer.ReadAsync(response);

        Assert.Equal("LIMIT_EXCEEDED", answer.FirstCode);
        Assert.Contains("more than 500 fields", answer.FirstMessage);
        Assert.Null(answer.Json["data"]);
    }

    [Fact]
    public async Task FieldsInFragmentsCountTowardsTheLimitAndADocumentWithinItRuns()
    {
        var within = "{ ...f } fragment f on Query { " + string.Concat(Enumerable.Range(0, 400).Select(i => $"t{i}: __typename ")) + "}";
        var beyond = "{ ...f } fragment f on Query { " + string.Concat(Enumerable.Range(0, 501).Select(i => $"t{i}: __typename ")) + "}";
        var client = api.Factory.CreateClient();

        using var ok = await client.PostAsync("/graphql", new StringContent("{\"query\": \"" + within + "\"}", Encoding.UTF8, "application/json"));
        var answered = await GraphQLAnswer.ReadAsync(ok);
        using var refused = await client.PostAsync("/graphql", new StringContent("{\"query\": \"" + beyond + "\"}", Encoding.UTF8, "application/json"));

        Assert.Equal("Query", answered.Json["data"]?["t399"]?.GetValue<string>());
        Assert.Equal("LIMIT_EXCEEDED", (await GraphQLAnswer.ReadAsync(refused)).FirstCode);
    }

    [Fact]
    public async Task ASubscriptionIsRefusedAsBadInputNotInternal()
    {
        var answer = await new GraphQLClient(api.Factory.CreateClient()).PostAsync("subscription { changes { edges { cursor } } }");

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("no subscriptions", answer.FirstMessage);
    }

    [Theory]
    [InlineData("{ placeByCode(code: \"1410\\u000024\") { name } }")]
    [InlineData("{ places(filter: { text: \"洪\\u0000洞\" }, first: 1) { totalCount } }")]
    public async Task ANulCharacterInTextIsBadInputNotInternal(string query)
    {
        var answer = await new GraphQLClient(api.Factory.CreateClient()).PostAsync(query);

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("U+0000", answer.FirstMessage);
    }
}
