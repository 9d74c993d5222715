using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>
/// Two API nodes over one database, each with its own search index following change_log. A class of
/// its own: a primary restarted by another test leaves a hole in the change_log sequence (PostgreSQL
/// pre-allocates sequence values), which the followers wait out before passing.
/// </summary>
public sealed class TwoNodeTests(ReplicatedDatabase database) : IClassFixture<ReplicatedDatabase>
{
    private static readonly TimeSpan VisibilityBound = TimeSpan.FromSeconds(2);

    private static readonly object[] Reports =
    [
        new { kind = "ASSESSMENT", reference = "样评〔2026〕1号" },
        new { kind = "EXPERT_REVIEW", reference = "样专〔2026〕1号" },
        new { kind = "PUBLIC_CONSULTATION", reference = "样听〔2026〕1号" },
    ];

    [Fact]
    public async Task ANameApprovedThroughOneNodeIsFoundThroughBothWithinTwoSeconds()
    {
        // Node A reads from the replica, node B from the primary; each has its own index; both write to the primary.
        await using var nodeA = new ApiNode(database.PrimaryConnectionString, database.ReplicaConnectionString);
        await using var nodeB = new ApiNode(database.PrimaryConnectionString);
        var a = await nodeA.StartAsync();
        var b = await nodeB.StartAsync();
        Assert.NotEqual(nodeA.IndexFolder, nodeB.IndexFolder);
        Assert.Empty(await a.SearchAsync("双节点庄"));
        Assert.Empty(await b.SearchAsync("双节点庄"));

        // The department's path through node A: a collector proposes, the county reviews and approves, the name is published (STANDARD).
        var county = Seed.Division[..6];
        var collector = Writer(nodeA, new Actor("样例县采集员", Role.Collector, county));
        var reviewer = Writer(nodeA, new Actor("样例县民政局审核员", Role.Reviewer, county));
        var approver = Writer(nodeA, new Actor("样例县人民政府", Role.Approver, county));
        var proposal = await MutateAsync(collector, "submitProposal",
            "mutation($input: ProposalInput!) { submitProposal(input: $input) { id version state } }",
            new { input = new { kind = "NAME", proposedName = "双节点庄", category = Seed.Category, divisionCode = Seed.Division[..9],
                geometry = new { type = "Point", coordinates = new[] { 111.7, 36.3 } }, rationale = "两个节点之间的可见性测试。" } });
        foreach (var (writer, to) in new[] { (reviewer, "ACCEPTED"), (reviewer, "ASSESSING"), (reviewer, "REVIEW"), (approver, "APPROVED"),
                                             (reviewer, "FILED"), (approver, "ANNOUNCED") })
            proposal = await StepAsync(writer, proposal, to);
        Assert.Empty(await b.SearchAsync("双节点庄"));

        var clock = Stopwatch.StartNew();
        proposal = await StepAsync(reviewer, proposal, "STANDARD");
        await Task.WhenAll(
            ReadReplicaTests.WaitUntilFoundAsync(a, "双节点庄", VisibilityBound),
            ReadReplicaTests.WaitUntilFoundAsync(b, "双节点庄", VisibilityBound));

        Assert.True(clock.Elapsed < VisibilityBound, $"found through both nodes {clock.Elapsed.TotalMilliseconds:0} ms after it became standard");
        Assert.Equal("STANDARD", proposal["state"]!.GetValue<string>());
    }

    private static HttpClient Writer(ApiNode node, Actor actor)
    {
        var http = node.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiNode.Token(actor));
        return http;
    }

    private static Task<JsonNode> StepAsync(HttpClient writer, JsonNode proposal, string to) =>
        MutateAsync(writer, "transitionProposal",
            "mutation($id: ID!, $version: Int!, $to: ProposalState!, $reports: [ReportInput!]) { transitionProposal(id: $id, version: $version, to: $to, reports: $reports) { id version state } }",
            new { id = proposal["id"]!.GetValue<string>(), version = proposal["version"]!.GetValue<int>(), to, reports = to == "REVIEW" ? Reports : null });

    private static async Task<JsonNode> MutateAsync(HttpClient writer, string field, string query, object variables)
    {
        using var response = await writer.PostAsJsonAsync("/graphql", new { query, variables });
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(json["errors"] is null, $"{field}: {json.ToJsonString()}");
        return json["data"]![field]!;
    }
}
