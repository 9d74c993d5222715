using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Workflow;
using static CivilAffairs.Gazetteer.Api.Tests.Workflow.WorkflowApiFixture;

namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

public sealed class PoiCollectionTests(WorkflowApiFixture fixture) : IClassFixture<WorkflowApiFixture>
{
    private const string Fields = "id name state divisionCode version collectedBy duplicates { kind id name reason distanceMeters } place { id name status aliases }";
    private const string Collect = "mutation($input: PoiInput!) { collectPoi(input: $input) { " + Fields + " } }";
    private const string Review = "mutation($id: ID!, $version: Int!, $decision: PoiDecision!, $mergeInto: ID, $note: String) { reviewPoi(id: $id, version: $version, decision: $decision, mergeInto: $mergeInto, note: $note) { " + Fields + " } }";

    /// <summary>A current sample place of 洪洞县 with its point.</summary>
    private async Task<(long Id, string Name, double Lon, double Lat)> PlaceAsync(int skip)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(
            "SELECT id, name, ST_X(point), ST_Y(point) FROM place WHERE status = 'current' AND provenance = 'sample' AND division_code LIKE '141024%' ORDER BY id OFFSET $1 LIMIT 1");
        command.Parameters.AddWithValue(skip);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3));
    }

    private async Task<JsonNode> CollectAsync(string name, double lon, double lat, Actor? actor = null, string category = "natural_village")
    {
        var answer = await fixture.As(actor ?? Collector()).PostAsync(Collect, new { input = new { name, category, lon, lat, photo = "IMG_0001.jpg", note = "村民指认" } });
        Assert.True(answer.Errors is null, answer.Body);
        return answer.Json["data"]!["collectPoi"]!;
    }

    private Task<GraphQLAnswer> ReviewAsync(Actor actor, JsonNode poi, string decision, long? mergeInto = null, string? note = null, int? version = null) =>
        fixture.As(actor).PostAsync(Review, new
        {
            id = poi["id"]!.GetValue<string>(), version = version ?? poi["version"]!.GetValue<int>(), decision, mergeInto = mergeInto?.ToString(), note,
        });

    [Fact]
    public async Task ACollectedNameAtAnExistingPlaceShowsItAsADuplicateAndMergesIntoIt()
    {
        var (placeId, name, lon, lat) = await PlaceAsync(0);

        var poi = await CollectAsync(name, lon + 0.0005, lat);

        Assert.Equal("pending", poi["state"]!.GetValue<string>());
        Assert.StartsWith(County, poi["divisionCode"]!.GetValue<string>());
        var duplicate = Assert.Single(poi["duplicates"]!.AsArray(), d => d!["id"]!.GetValue<string>() == placeId.ToString() && d["kind"]!.GetValue<string>() == "place");
        Assert.StartsWith("same name", duplicate!["reason"]!.GetValue<string>());
        Assert.InRange(duplicate["distanceMeters"]!.GetValue<double>(), 20, 80);

        var merged = await ReviewAsync(Reviewer(), poi, "MERGE", mergeInto: placeId);

        Assert.True(merged.Errors is null, merged.Body);
        Assert.Equal("merged", merged.Json["data"]!["reviewPoi"]!["state"]!.GetValue<string>());
        Assert.Equal(placeId.ToString(), merged.Json["data"]!["reviewPoi"]!["place"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAcceptedNameBecomesAPlaceInTheSameStep()
    {
        var (_, _, lon, lat) = await PlaceAsync(5);
        var name = Proposals.UniqueName("碾盘");
        var poi = await CollectAsync(name, lon, lat);

        var byCollector = await ReviewAsync(Collector(), poi, "ACCEPT");
        var accepted = await ReviewAsync(Reviewer(), poi, "ACCEPT");

        Assert.Equal("FORBIDDEN", byCollector.FirstCode);
        Assert.True(accepted.Errors is null, accepted.Body);
        var place = accepted.Json["data"]!["reviewPoi"]!["place"]!;
        Assert.Equal(name, place["name"]!.GetValue<string>());
        Assert.Equal("CURRENT", place["status"]!.GetValue<string>());
        var placeId = place["id"]!.GetValue<string>();
        Assert.Equal(1, await fixture.ScalarAsync<long>("SELECT count(*) FROM change_log WHERE entity = 'place' AND entity_id = $1 AND op = 'insert'", placeId));
        Assert.Equal(2, await fixture.ScalarAsync<long>("SELECT count(*) FROM change_log WHERE entity = 'poi' AND entity_id = $1", poi["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ARejectionNeedsAReasonAndAStaleReviewIsAConflict()
    {
        var (_, _, lon, lat) = await PlaceAsync(7);
        var poi = await CollectAsync(Proposals.UniqueName("水井"), lon, lat);

        var noReason = await ReviewAsync(Reviewer(), poi, "REJECT");
        var rejected = await ReviewAsync(Reviewer(), poi, "REJECT", note: "位置偏差过大");
        var stale = await ReviewAsync(Reviewer(), poi, "ACCEPT");

        Assert.Equal("BAD_USER_INPUT", noReason.FirstCode);
        Assert.True(rejected.Errors is null, rejected.Body);
        Assert.Equal("rejected", rejected.Json["data"]!["reviewPoi"]!["state"]!.GetValue<string>());
        Assert.Equal("CONFLICT", stale.FirstCode);
    }

    [Fact]
    public async Task AReviewerOfAnotherCountyMayNotDecide()
    {
        var (_, _, lon, lat) = await PlaceAsync(9);
        var poi = await CollectAsync(Proposals.UniqueName("戏台"), lon, lat);

        var answer = await ReviewAsync(Reviewer(OtherCounty), poi, "ACCEPT");

        Assert.Equal("FORBIDDEN", answer.FirstCode);
        Assert.Equal("pending", (await fixture.ScalarAsync<string>("SELECT state FROM poi WHERE id = $1", long.Parse(poi["id"]!.GetValue<string>()))));
    }

    [Theory]
    [InlineData("贾村🏥", "clinic", 111.67, 36.25, "BAD_USER_INPUT", "U+1F3E5")]
    [InlineData("贾村卫生室", "spaceport", 111.67, 36.25, "BAD_USER_INPUT", "Unknown POI category")]
    [InlineData("贾村卫生室", "clinic", 36.25, 111.67, "BAD_USER_INPUT", "outside Shanxi")]
    [InlineData("贾村卫生室", "clinic", 112.55, 37.87, "FORBIDDEN", "outside the jurisdiction 141024")]
    public async Task BadCollectionsAreRefusedAndNothingIsWritten(string name, string category, double lon, double lat, string code, string reason)
    {
        var count = await fixture.ScalarAsync<long>("SELECT count(*) FROM poi");

        var answer = await fixture.As(Collector()).PostAsync(Collect, new { input = new { name, category, lon, lat } });

        Assert.Equal(code, answer.FirstCode);
        Assert.Contains(reason, answer.FirstMessage);
        Assert.Equal(count, await fixture.ScalarAsync<long>("SELECT count(*) FROM poi"));
    }
}
