using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Workflow;
using static CivilAffairs.Gazetteer.Api.Tests.Workflow.WorkflowApiFixture;

namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

/// <summary>updatePlace and retirePlace: who may, optimistic concurrency, one transaction with its change_log row, the feed and search following.</summary>
public sealed class PlaceEditTests(WorkflowApiFixture fixture) : IClassFixture<WorkflowApiFixture>
{
    private const string PlaceFields = "id name status version meaning origin history aliases validTo";
    private const string Update = "mutation($id: ID!, $version: Int!, $patch: PlacePatch!) { updatePlace(id: $id, version: $version, patch: $patch) { " + PlaceFields + " } }";
    private const string Retire = "mutation($id: ID!, $version: Int!, $reason: String!) { retirePlace(id: $id, version: $version, reason: $reason) { " + PlaceFields + " } }";

    private static int taken;

    [Fact]
    public async Task AnApproverCorrectsTheRecordInOneLoggedStepAndTheFeedAndSearchFollow()
    {
        var (id, name, version) = await NextPlaceAsync();
        var alias = Proposals.UniqueName("老槐");
        var answer = await fixture.As(Approver()).PostAsync(Update, new
        {
            id = id.ToString(), version,
            patch = new
            {
                meaning = "因村口古槐得名。", origin = "明洪武年间移民建村。", aliases = new[] { alias },
                geometry = new { type = "Point", coordinates = new[] { 111.671, 36.252 } },
            },
        });

        Assert.True(answer.Errors is null, answer.Body);
        var place = answer.Json["data"]!["updatePlace"]!;
        Assert.Equal(name, place["name"]!.GetValue<string>());
        Assert.Equal(version + 1, place["version"]!.GetValue<int>());
        Assert.Equal("因村口古槐得名。", place["meaning"]!.GetValue<string>());
        Assert.Equal([alias], place["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.True(await fixture.ScalarAsync<bool>(
            "SELECT NOT geom_derived AND abs(ST_X(point) - 111.671) < 1e-9 AND origin = '明洪武年间移民建村。' FROM place WHERE id = $1", id));

        var change = (await ChangesOfAsync(id)).Single();
        Assert.Equal("update", change["op"]!.GetValue<string>());
        Assert.Equal("洪洞县人民政府", change["actor"]!.GetValue<string>());
        Assert.DoesNotContain(alias, change["before"]!.GetValue<string>());
        Assert.Contains(alias, change["after"]!.GetValue<string>());

        // The search index follows change_log: the place is found by its new alias.
        JsonArray hits = [];
        for (var attempt = 0; attempt < 100 && hits.Count == 0; attempt++)
        {
            await Task.Delay(100);
            hits = (await fixture.Anonymous().DataAsync("query($t: String!) { search(text: $t) { edges { node { place { id } } } } }", new { t = alias }))["search"]!["edges"]!.AsArray();
        }
        Assert.Contains(hits, h => h!["node"]!["place"]!["id"]!.GetValue<string>() == id.ToString());
    }

    [Fact]
    public async Task OnlyApproversInsideTheirJurisdictionMayEditAndARefusalChangesNothing()
    {
        var (id, _, version) = await NextPlaceAsync();
        var patch = new { meaning = "越权修改" };

        var collector = await fixture.As(Collector()).PostAsync(Update, new { id = id.ToString(), version, patch });
        var reviewer = await fixture.As(Reviewer()).PostAsync(Update, new { id = id.ToString(), version, patch });
        var otherCounty = await fixture.As(Approver(OtherCounty)).PostAsync(Update, new { id = id.ToString(), version, patch });
        var anonymous = await fixture.Anonymous().PostAsync(Update, new { id = id.ToString(), version, patch });
        var admin = await fixture.As(Admin()).PostAsync(Update, new { id = id.ToString(), version, patch = new { history = "1958年属大槐树公社。" } });

        Assert.Equal("FORBIDDEN", collector.FirstCode);
        Assert.Contains("approver or admin", collector.FirstMessage);
        Assert.Equal("FORBIDDEN", reviewer.FirstCode);
        Assert.Equal("FORBIDDEN", otherCounty.FirstCode);
        Assert.Contains("outside the jurisdiction 141022", otherCounty.FirstMessage);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstCode);
        Assert.True(admin.Errors is null, admin.Body);
        Assert.Equal(0, await fixture.ScalarAsync<long>("SELECT count(*) FROM place WHERE id = $1 AND meaning = '越权修改'", id));
        Assert.Single(await ChangesOfAsync(id));
    }

    [Fact]
    public async Task AStaleVersionIsAConflictAndNeverALostUpdate()
    {
        var (id, _, version) = await NextPlaceAsync();
        var first = await fixture.As(Approver()).PostAsync(Update, new { id = id.ToString(), version, patch = new { meaning = "第一位审批人的说明" } });
        var stale = await fixture.As(Admin()).PostAsync(Update, new { id = id.ToString(), version, patch = new { meaning = "基于旧版本的说明" } });

        Assert.True(first.Errors is null, first.Body);
        Assert.Equal("CONFLICT", stale.FirstCode);
        Assert.Contains($"version {version + 1}, not {version}", stale.FirstMessage);
        Assert.Equal("第一位审批人的说明", await fixture.ScalarAsync<string>("SELECT meaning FROM place WHERE id = $1", id));
        Assert.Equal(version + 1, await fixture.ScalarAsync<int>("SELECT version FROM place WHERE id = $1", id));
    }

    [Theory]
    [InlineData("{}", "changes nothing")]
    [InlineData("{\"aliases\": [\"Huaishu\"]}", "letter 'H'")]
    [InlineData("{\"aliases\": [\"\"]}", "empty")]
    [InlineData("{\"geometry\": {\"type\": \"Point\", \"coordinates\": [36.25, 111.67]}}", "outside Shanxi")]
    public async Task BadPatchesAreRefusedWithWhatToDo(string patch, string message)
    {
        var (id, _, version) = await NextPlaceAsync();
        var answer = await fixture.As(Approver()).PostAsync(Update, new { id = id.ToString(), version, patch = JsonNode.Parse(patch) });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains(message, answer.FirstMessage);
        Assert.Equal(version, await fixture.ScalarAsync<int>("SELECT version FROM place WHERE id = $1", id));
    }

    [Fact]
    public async Task AnAdminRetiresAPlaceWithAReasonKeepingTheRowAndItsHistory()
    {
        var (id, name, version) = await NextPlaceAsync();
        var approver = await fixture.As(Approver()).PostAsync(Retire, new { id = id.ToString(), version, reason = "与另一条记录重复" });
        var noReason = await fixture.As(Admin()).PostAsync(Retire, new { id = id.ToString(), version, reason = "  " });

        var retired = await fixture.As(Admin()).PostAsync(Retire, new { id = id.ToString(), version, reason = "与另一条记录重复，登记有误" });

        Assert.Equal("FORBIDDEN", approver.FirstCode);
        Assert.Contains("RETIRE proposal", approver.FirstMessage);
        Assert.Equal("BAD_USER_INPUT", noReason.FirstCode);
        Assert.True(retired.Errors is null, retired.Body);
        var place = retired.Json["data"]!["retirePlace"]!;
        Assert.Equal("RETIRED", place["status"]!.GetValue<string>());
        Assert.Equal(name, place["name"]!.GetValue<string>());
        Assert.Equal(fixture.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd"), place["validTo"]!.GetValue<string>());
        Assert.Equal(version + 1, place["version"]!.GetValue<int>());
        Assert.Equal(1, await fixture.ScalarAsync<long>("SELECT count(*) FROM place WHERE id = $1", id));

        var change = (await ChangesOfAsync(id)).Single();
        Assert.Equal("retire", change["op"]!.GetValue<string>());
        Assert.Contains("\"current\"", change["before"]!.GetValue<string>());
        Assert.Contains("\"retired\"", change["after"]!.GetValue<string>());
        var audit = (await fixture.Anonymous().DataAsync("query($id: ID!) { history(entity: \"place\", id: $id) { op actor reason } }", new { id = id.ToString() }))["history"]!.AsArray();
        Assert.Equal("与另一条记录重复，登记有误", audit.Single()!["reason"]!.GetValue<string>());
        Assert.Equal("山西省民政厅管理员", audit.Single()!["actor"]!.GetValue<string>());

        // A retired record stays as it ended.
        var again = await fixture.As(Admin()).PostAsync(Retire, new { id = id.ToString(), version = version + 1, reason = "再次销名" });
        var edit = await fixture.As(Admin()).PostAsync(Update, new { id = id.ToString(), version = version + 1, patch = new { meaning = "销名后修改" } });
        Assert.Equal("BAD_USER_INPUT", again.FirstCode);
        Assert.Equal("BAD_USER_INPUT", edit.FirstCode);
        Assert.Contains("retired", edit.FirstMessage);
    }

    [Fact]
    public async Task APlaceWithAnOpenProposalIsRetiredThroughThatProposalNotDirectly()
    {
        var (id, _, version) = await NextPlaceAsync();
        var proposal = await new Proposals(fixture).SubmitAsync(Collector(), new { kind = "RENAME", proposedName = Proposals.UniqueName("改名"), category = "natural_village", divisionCode = County, target = id.ToString() });
        Assert.True(proposal.Errors is null, proposal.Body);

        var retired = await fixture.As(Admin()).PostAsync(Retire, new { id = id.ToString(), version, reason = "重复记录" });

        Assert.Equal("CONFLICT", retired.FirstCode);
        Assert.Contains($"Proposal {proposal.Json["data"]!["submitProposal"]!["id"]!.GetValue<string>()}", retired.FirstMessage);
        Assert.Equal("current", await fixture.ScalarAsync<string>("SELECT status FROM place WHERE id = $1", id));
    }

    /// <summary>The change feed's entries about one place, from the start of the log.</summary>
    private async Task<List<JsonNode>> ChangesOfAsync(long id)
    {
        var found = new List<JsonNode>();
        string? since = null;
        while (true)
        {
            var page = (await fixture.Anonymous().DataAsync(
                "query($since: ChangeCursor) { changes(since: $since, first: 10000) { edges { cursor node { entity entityId op actor before after } } pageInfo { hasNextPage } } }",
                new { since }))["changes"]!;
            var edges = page["edges"]!.AsArray();
            found.AddRange(edges.Select(e => e!["node"]!).Where(n => n["entity"]!.GetValue<string>() == "place" && n["entityId"]!.GetValue<string>() == id.ToString()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() || edges.Count == 0)
                return found;
            since = edges[^1]!["cursor"]!.GetValue<string>();
        }
    }

    /// <summary>A current natural village of 洪洞县 no other test of the class touches.</summary>
    private async Task<(long Id, string Name, int Version)> NextPlaceAsync()
    {
        var skip = Interlocked.Increment(ref taken);
        await using var command = fixture.Database.DataSource.CreateCommand(
            "SELECT id, name, version FROM place WHERE status = 'current' AND category = 'natural_village' AND division_code LIKE '141024%' ORDER BY id OFFSET $1 LIMIT 1");
        command.Parameters.AddWithValue(skip);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the test sample has natural villages in 洪洞县");
        return (reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2));
    }
}
