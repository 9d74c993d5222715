using CivilAffairs.Gazetteer.Api.Tests.Workflow;
using CivilAffairs.Gazetteer.Data.Changes;
using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Api.Tests.Changes;

/// <summary>A mapping app's copy kept by the feed while the department works through the API's own mutations.</summary>
public sealed class ChangeFeedReplayTests(WorkflowApiFixture fixture) : IClassFixture<WorkflowApiFixture>
{
    [Fact]
    public async Task AfterProposalsRenamesRetirementsAndCollectedNamesTheReplayedCopyEqualsTheDatabaseRowByRow()
    {
        var http = fixture.Factory.CreateClient();
        var client = new FeedClient(http, new GraphQLClient(http));
        await client.LoadSnapshotAsync();
        var proposals = new Workflow.Proposals(fixture);

        var named = await proposals.DriveToAsync(await proposals.SubmitNamingAsync(), ProposalState.Standard);
        var (renamedId, _) = await SamplePlaceAsync(0);
        var rename = await proposals.SubmitAsync(WorkflowApiFixture.Collector(), new
        {
            kind = "RENAME", proposedName = Workflow.Proposals.UniqueName("新兴"), category = "natural_village", divisionCode = WorkflowApiFixture.County, target = renamedId.ToString(),
        });
        Assert.True(rename.Errors is null, rename.Body);
        await proposals.DriveToAsync(rename.Json["data"]!["submitProposal"]!, ProposalState.Standard);
        var (retiredId, _) = await SamplePlaceAsync(1);
        var retire = await proposals.SubmitAsync(WorkflowApiFixture.Collector(), new
        {
            kind = "RETIRE", category = "natural_village", divisionCode = WorkflowApiFixture.County, target = retiredId.ToString(),
        });
        Assert.True(retire.Errors is null, retire.Body);
        await proposals.DriveToAsync(retire.Json["data"]!["submitProposal"]!, ProposalState.Standard);

        await client.CatchUpAsync(pageSize: 7);

        var newId = long.Parse(named["place"]!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("\"status\": \"retired\"", client.Places[retiredId]);
        Assert.Contains(newId, client.Places.Keys);
        var database = await PlacesAsync();
        Assert.Equal(database.Count, client.Places.Count);
        foreach (var (id, row) in database)
            Assert.True(client.Places.TryGetValue(id, out var copy) && copy == row, $"Place {id} differs:\n database {row}\n copy     {copy}");
    }

    private async Task<(long Id, string Name)> SamplePlaceAsync(int skip)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(
            "SELECT id, name FROM place WHERE status = 'current' AND provenance = 'sample' AND category = 'natural_village' AND division_code LIKE '141024%' ORDER BY id OFFSET $1 LIMIT 1");
        command.Parameters.AddWithValue(skip);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetString(1));
    }

    private async Task<SortedDictionary<long, string>> PlacesAsync()
    {
        var places = new SortedDictionary<long, string>();
        await using var command = fixture.Database.DataSource.CreateCommand($"SELECT id, to_jsonb(p)::text FROM (SELECT {PlaceImage.Columns} FROM place) p");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            places[reader.GetInt64(0)] = reader.GetString(1);
        return places;
    }
}
