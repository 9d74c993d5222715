using System.Net;
using System.Text;
using CivilAffairs.Gazetteer.Data.Access;
using CivilAffairs.Gazetteer.Workflow;
using static CivilAffairs.Gazetteer.Api.Tests.Workflow.WorkflowApiFixture;

namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

/// <summary>Writes need a valid token whose jurisdiction covers the record; reads stay public. Nothing changes on a refusal.</summary>
public sealed class AccessTests(RateLimitedWorkflowFixture fixture) : IClassFixture<RateLimitedWorkflowFixture>
{
    private const string Submit = "mutation($input: ProposalInput!) { submitProposal(input: $input) { id } }";

    private async Task<object> InputAsync(string? county = null) => new
    {
        kind = "NAME", proposedName = Proposals.UniqueName("柳"), category = "natural_village", divisionCode = await fixture.VillageAsync(county ?? County),
    };

    private async Task AssertRefusedAsync(GraphQLClient client, string code, string message)
    {
        var count = await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal");
        var log = await fixture.ScalarAsync<long>("SELECT count(*) FROM change_log");

        var answer = await client.PostAsync(Submit, new { input = await InputAsync() });

        Assert.Equal(code, answer.FirstCode);
        Assert.Contains(message, answer.FirstMessage);
        Assert.Equal(count, await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal"));
        Assert.Equal(log, await fixture.ScalarAsync<long>("SELECT count(*) FROM change_log"));
    }

    [Fact]
    public Task AWriteWithoutATokenIsUnauthenticated() =>
        AssertRefusedAsync(fixture.Anonymous(), "UNAUTHENTICATED", "Writes need an access token");

    [Fact]
    public Task AnExpiredTokenIsUnauthenticated()
    {
        var token = AccessTokens.Issue(Key, Collector(subject: "过期"), DateTimeOffset.UtcNow - TimeSpan.FromHours(3), TimeSpan.FromHours(1));
        return AssertRefusedAsync(fixture.WithToken(token), "UNAUTHENTICATED", "expired");
    }

    [Fact]
    public Task ATamperedTokenIsUnauthenticated()
    {
        // A county collector's token whose payload is rewritten to claim the province's admin role.
        var parts = fixture.Token(Collector(subject: "篡改")).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlDecode(parts[1])).Replace("\"collector\"", "\"admin\"").Replace("\"141024\"", "\"14\"");
        var forged = parts[0] + "." + Base64UrlEncode(Encoding.UTF8.GetBytes(payload)) + "." + parts[2];
        return AssertRefusedAsync(fixture.WithToken(forged), "UNAUTHENTICATED", "signature does not match");
    }

    [Fact]
    public Task ATokenSignedWithAnotherKeyIsUnauthenticated()
    {
        var token = AccessTokens.Issue(Convert.FromBase64String(SigningKey.Generate()), Admin(), DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        return AssertRefusedAsync(fixture.WithToken(token), "UNAUTHENTICATED", "signature does not match");
    }

    [Fact]
    public Task AGarbledTokenIsUnauthenticated() =>
        AssertRefusedAsync(fixture.WithToken("not-a-token"), "UNAUTHENTICATED", "not valid");

    [Fact]
    public Task AWriteOutsideTheJurisdictionIsForbidden() =>
        AssertRefusedAsync(fixture.As(new Actor("翼城县采集员", Role.Collector, OtherCounty)), "FORBIDDEN", "outside the jurisdiction 141022");

    [Fact]
    public async Task ReadsNeedNoToken()
    {
        var data = await fixture.Anonymous().DataAsync("{ proposals(first: 2) { totalCount edges { node { id state } } } }");

        Assert.True(data["proposals"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task TooManyWritesFromOneClientAreRefusedWith429()
    {
        var client = fixture.As(Collector(subject: "勤快的采集员"));
        for (var i = 0; i < RateLimitedWorkflowFixture.Writes; i++)
        {
            var ok = await client.PostAsync(Submit, new { input = await InputAsync() });
            Assert.True(ok.Errors is null, ok.Body);
        }
        var count = await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal");

        var limited = await client.PostAsync(Submit, new { input = await InputAsync() });
        var otherClient = await fixture.As(Collector(subject: "另一位采集员")).PostAsync(Submit, new { input = await InputAsync() });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("LIMIT_EXCEEDED", limited.FirstCode);
        Assert.Contains("Too many writes", limited.FirstMessage);
        Assert.True(otherClient.Errors is null, otherClient.Body);
        Assert.Equal(count + 1, await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal"));
    }

    private static byte[] Base64UrlDecode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
