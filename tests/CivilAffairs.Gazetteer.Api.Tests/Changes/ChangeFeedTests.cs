using System.Net;
using CivilAffairs.Gazetteer.Data.Changes;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests.Changes;

public sealed class ChangeFeedTests(RealDataApiFixture fixture) : IClassFixture<RealDataApiFixture>
{
    private readonly HttpClient http = fixture.Factory.CreateClient();
    private GraphQLClient GraphQL => new(http);
    private RegistryWrites Writes => new(fixture.Database.DataSource);

    [Fact]
    public async Task AClientReplayingChangesOnASnapshotHoldsEveryPlaceExactlyAsTheDatabase()
    {
        var client = new FeedClient(http, GraphQL);
        await client.LoadSnapshotAsync();
        Assert.NotEmpty(client.Places);

        // Proposals approved into new names, renames and edits, retirements, a failed write.
        var jia = await PlaceIdAsync("SELECT id FROM place WHERE category = 'village_committee' AND division_code LIKE '141024%' ORDER BY id LIMIT 1");
        var township = await PlaceIdAsync("SELECT id FROM place WHERE code = '141024100000'");
        var newRoad = await Writes.InsertAsync("槐荫路", "road", "141024100000", 111.541, 36.380);
        var newVillage = await Writes.InsertAsync("新槐村", "natural_village", "141024100000", 111.55, 36.39);
        await Writes.RenameAsync(jia, "贾村新名", ["贾村"]);
        await Writes.RolledBackRenameAsync(township, "不应出现镇");
        await Writes.RenameAsync(newRoad, "槐荫大道", ["槐荫路"]);
        await Writes.RetireAsync(newVillage);
        await Writes.RetireAsync(jia);

        // Small pages, so the cursor is carried across several of them.
        var seen = await client.CatchUpAsync(pageSize: 2);

        Assert.Equal(6, client.ChangesApplied);
        Assert.Equal(seen.Order().ToList(), seen);
        var database = await CurrentPlacesAsync();
        Assert.Equal(database.Keys, client.Places.Keys);
        var differing = database.Where(p => client.Places[p.Key] != p.Value).Select(p => p.Key).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} places differ from the database, first {string.Join(", ", differing.Take(5))}");
        Assert.Contains("\"name\": \"槐荫大道\"", client.Places[newRoad]);
        Assert.Contains("\"status\": \"retired\"", client.Places[jia]);
        Assert.DoesNotContain("不应出现镇", client.Places[township]);
    }

    [Fact]
    public async Task AWriterCannotTakeALaterSequenceNumberUntilTheEarlierWriterHasCommitted()
    {
        var dataSource = fixture.Database.DataSource;
        var start = await new ChangeFeed(dataSource).LastSeqAsync(CancellationToken.None);

        await using var first = await dataSource.OpenConnectionAsync();
        await using var firstTransaction = await first.BeginTransactionAsync();
        await InsertChangeAsync(first, firstTransaction, "first");

        await using var second = await dataSource.OpenConnectionAsync();
        await using var secondTransaction = await second.BeginTransactionAsync();
        var secondInsert = InsertChangeAsync(second, secondTransaction, "second");

        // The second writer waits for its turn (a lock wait, seen from the server's side) while the first is open.
        await WaitUntilWaitingOnLockAsync(second.ProcessID);
        Assert.False(secondInsert.IsCompleted);
        Assert.Empty(await new ChangeFeed(dataSource).ReadAsync(start, 10, false, CancellationToken.None));

        await firstTransaction.CommitAsync();
        var secondSeq = await secondInsert;
        await secondTransaction.CommitAsync();

        var read = await new ChangeFeed(dataSource).ReadAsync(start, 10, false, CancellationToken.None);
        Assert.Equal(["first", "second"], read.Select(r => r.EntityId));
        Assert.Equal(secondSeq, read[1].Seq);
        Assert.True(read[0].Seq < read[1].Seq);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("cGxhY2U6MTI=")] // a places-page cursor
    [InlineData("Y2hhbmdlczotMQ==")] // changes:-1
    public async Task AMalformedCursorInAVariableIsRefusedBeforeTheRequestRuns(string since)
    {
        var answer = await GraphQL.PostAsync("query($since: ChangeCursor) { changes(since: $since) { edges { cursor } } }", new { since });

        AssertRefusedAsInvalid(answer, since);
    }

    [Theory]
    [InlineData("\"nonsense\"", "nonsense")]
    [InlineData("\"cGxhY2U6MTI=\"", "cGxhY2U6MTI=")]
    [InlineData("12", "12")]
    public async Task AMalformedCursorWrittenInTheDocumentIsRefusedBeforeTheRequestRuns(string literal, string shown)
    {
        var answer = await GraphQL.PostAsync($"{{ changes(since: {literal}) {{ edges {{ cursor }} }} }}");

        AssertRefusedAsInvalid(answer, shown);
    }

    private static void AssertRefusedAsInvalid(GraphQLAnswer answer, string since)
    {
        // Not executed (no data): GraphQL over HTTP answers an invalid request 400 with application/graphql-response+json.
        Assert.True(answer.Status == HttpStatusCode.BadRequest, $"{answer.Status}: {answer.Body}");
        Assert.Equal("application/graphql-response+json", answer.ContentType);
        Assert.Null(answer.Json["data"]);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.True(answer.FirstMessage!.Contains($"since = '{since}' is not a change-feed cursor of this service", StringComparison.Ordinal), answer.Body);
        Assert.Contains("leave since out", answer.FirstMessage);
    }

    [Fact]
    public async Task ACursorOfAnotherDatabaseIsRefusedWithWhatToDo()
    {
        // changes:999999999: well formed, but past this log's end.
        var answer = await GraphQL.PostAsync("query($since: ChangeCursor) { changes(since: $since) { edges { cursor } } }", new { since = "Y2hhbmdlczo5OTk5OTk5OTk=" });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("past the end of this registry's change log", answer.FirstMessage);
    }

    [Fact]
    public async Task AValidCursorAsLiteralOrVariableContinuesTheFeed()
    {
        var first = (await GraphQL.DataAsync("{ changes(first: 2) { edges { cursor node { seq } } pageInfo { endCursor } } }"))["changes"]!;
        var cursor = first["edges"]![0]!["cursor"]!.GetValue<string>();
        var secondSeq = first["edges"]![1]!["node"]!["seq"]!.ToString();

        var byVariable = await GraphQL.DataAsync("query($since: ChangeCursor) { changes(since: $since, first: 1) { edges { node { seq } } } }", new { since = cursor });
        var byLiteral = await GraphQL.DataAsync($"{{ changes(since: \"{cursor}\", first: 1) {{ edges {{ node {{ seq }} }} }} }}");

        Assert.Equal(secondSeq, byVariable["changes"]!["edges"]![0]!["node"]!["seq"]!.ToString());
        Assert.Equal(secondSeq, byLiteral["changes"]!["edges"]![0]!["node"]!["seq"]!.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public async Task APageSizeOutOfRangeIsRefused(int first)
    {
        var answer = await GraphQL.PostAsync("query($first: Int) { changes(first: $first) { edges { cursor } } }", new { first });
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("1 to 10000", answer.FirstMessage);
    }

    [Fact]
    public async Task AnEmptyPageKeepsTheCursorSoAClientCanPollWithIt()
    {
        var client = new FeedClient(http, GraphQL);
        await client.LoadSnapshotAsync();
        var cursor = client.Cursor;
        Assert.Empty(await client.CatchUpAsync(pageSize: 100));
        Assert.Equal(cursor, client.Cursor);
    }

    [Fact]
    public async Task TheSnapshotNamesTheCursorOfTheLastChangeItHolds()
    {
        using var response = await http.GetAsync("/changes/snapshot");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var header = System.Text.Json.Nodes.JsonNode.Parse((await response.Content.ReadAsStringAsync()).Split('\n')[0])!;
        var last = await new ChangeFeed(fixture.Database.DataSource).LastSeqAsync(CancellationToken.None);
        Assert.Equal(last, (long)header["seq"]!);
    }

    private static async Task<long> InsertChangeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO change_log (entity, entity_id, op, actor) VALUES ('test', $1, 'update', 'concurrency test') RETURNING seq", connection, transaction);
        command.Parameters.AddWithValue(id);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task WaitUntilWaitingOnLockAsync(int pid)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var command = fixture.Database.DataSource.CreateCommand("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = $1");
            command.Parameters.AddWithValue(pid);
            if (await command.ExecuteScalarAsync() is true) return;
            await Task.Delay(50);
        }
        Assert.Fail("The second writer never waited for the first: change_log numbers are not drawn in commit order.");
    }

    private async Task<long> PlaceIdAsync(string sql)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<SortedDictionary<long, string>> CurrentPlacesAsync()
    {
        var places = new SortedDictionary<long, string>();
        await using var command = fixture.Database.DataSource.CreateCommand($"SELECT id, to_jsonb(p)::text FROM (SELECT {PlaceImage.Columns} FROM place) p");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            places[reader.GetInt64(0)] = reader.GetString(1);
        return places;
    }
}
