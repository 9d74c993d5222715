using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class SearchQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Search = """
        query($text: String!, $filter: PlaceFilter, $near: PointInput, $first: Int, $after: String) {
          search(text: $text, filter: $filter, near: $near, first: $first, after: $after) {
            totalCount
            edges { cursor node { kind id name code matched quality matchedText score divisionCode distanceMeters place { id name code } } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    private const string Suggest = """
        query($prefix: String!, $near: PointInput, $limit: Int) {
          autocomplete(prefix: $prefix, near: $near, limit: $limit) { text matched hit { kind name place { name } } }
        }
        """;

    private GraphQLClient Client => new(api.Factory.CreateClient());

    private static JsonArray Edges(JsonNode data) => data["search"]!["edges"]!.AsArray();

    [Theory]
    [InlineData("样例县", "EXACT", "NAME")]
    [InlineData("例县", "SUBSTRING", "NAME")]
    [InlineData("yangli xian", "EXACT", "PINYIN")]
    [InlineData("ylx", "EXACT", "INITIALS")]
    [InlineData("樣例縣", "EXACT", "TRADITIONAL")]
    public async Task SearchFindsTheCountyAndSaysWhatMatched(string text, string quality, string matched)
    {
        // Inside the made-up city: the template's real data holds other ylx names (榆岭乡).
        var best = Edges(await Client.DataAsync(Search, new { text, filter = new { divisionCode = SampleHierarchy.City } }))[0]!["node"]!;

        Assert.Equal("样例县", best["name"]!.GetValue<string>());
        Assert.Equal("place", best["kind"]!.GetValue<string>());
        Assert.Equal("149901000000", best["place"]!["code"]!.GetValue<string>());
        Assert.Equal(quality, best["quality"]!.GetValue<string>());
        Assert.Equal(matched, best["matched"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADivisionFilterKeepsHitsInsideIt()
    {
        var edges = Edges(await Client.DataAsync(Search, new { text = "样例", filter = new { divisionCode = SampleHierarchy.Town }, first = 100 }));

        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.StartsWith(SampleHierarchy.Town, e!["node"]!["divisionCode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PagesFollowEachOtherThroughTheCursor()
    {
        var first = (await Client.DataAsync(Search, new { text = "样例", first = 5 }))["search"]!;
        var after = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = (await Client.DataAsync(Search, new { text = "样例", first = 5, after }))["search"]!;

        var firstIds = first["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>());
        var secondIds = second["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>());
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.True(first["totalCount"]!.GetValue<int>() >= 30);
    }

    [Fact]
    public async Task AutocompleteSuggestsTheCountyFirst()
    {
        var suggestions = (await Client.DataAsync(Suggest, new { prefix = "yanglix" }))["autocomplete"]!.AsArray();

        Assert.Equal("样例县", suggestions[0]!["text"]!.GetValue<string>());
        Assert.Equal("PINYIN", suggestions[0]!["matched"]!.GetValue<string>());
        Assert.Equal("样例县", suggestions[0]!["hit"]!["place"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task NearerNamesComeFirst()
    {
        // The natural villages sit on two meridians, 111.6 (甲镇) and 111.9 (乙乡).
        var west = Edges(await Client.DataAsync(Search, new { text = "样例", near = new { lon = 111.6, lat = 36.2 }, filter = new { categories = new[] { "test_village" } } }));
        var east = Edges(await Client.DataAsync(Search, new { text = "样例", near = new { lon = 111.9, lat = 36.2 }, filter = new { categories = new[] { "test_village" } } }));

        Assert.Equal("149901100000", west[0]!["node"]!["divisionCode"]!.GetValue<string>());
        Assert.Equal("149901200000", east[0]!["node"]!["divisionCode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task EmptyTextIsABadUserInputError(string text)
    {
        var answer = await Client.PostAsync(Search, new { text });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("empty", answer.FirstMessage);
    }

    [Fact]
    public async Task OverlongTextAndAPointOffTheEarthAreBadUserInput()
    {
        Assert.Equal("BAD_USER_INPUT", (await Client.PostAsync(Search, new { text = new string('村', 10_000) })).FirstCode);
        Assert.Equal("BAD_USER_INPUT", (await Client.PostAsync(Search, new { text = "样例", near = new { lon = 200.0, lat = 36.0 } })).FirstCode);
        Assert.Equal("BAD_USER_INPUT", (await Client.PostAsync(Suggest, new { prefix = "样", limit = 0 })).FirstCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEmptyPrefixIsABadUserInputError(string prefix)
    {
        var answer = await Client.PostAsync(Suggest, new { prefix });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("empty", answer.FirstMessage);
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("'; DROP TABLE place; --")]
    public async Task AnEmojiOrSqlLikePrefixSuggestsNothingWithoutAnError(string prefix)
    {
        var suggestions = (await Client.DataAsync(Suggest, new { prefix }))["autocomplete"]!.AsArray();

        Assert.Empty(suggestions);
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("AND OR ( * ?")]
    [InlineData("'; DROP TABLE place; --")]
    public async Task SyntaxAndEmojiFindNothingWithoutAnError(string text)
    {
        Assert.Empty(Edges(await Client.DataAsync(Search, new { text })));
    }

    [Fact]
    public async Task ANameWrittenWithItsChangeLogRowBecomesSearchableThroughTheHostedFollower()
    {
        _ = Edges(await Client.DataAsync(Search, new { text = "样例" }));
        await using (var command = api.Database.DataSource.CreateCommand(
            """
            WITH p AS (INSERT INTO place (name, category, division_code, geom, point, provenance)
                       VALUES ('端到端新村', 'test_village', '149901100000', ST_SetSRID(ST_MakePoint(111.7, 36.3), 4326),
                               ST_SetSRID(ST_MakePoint(111.7, 36.3), 4326), 'sample') RETURNING id)
            INSERT INTO change_log (entity, entity_id, op, actor) SELECT 'place', id::text, 'insert', 'test' FROM p
            """))
            await command.ExecuteNonQueryAsync();

        var watch = Stopwatch.StartNew();
        JsonArray edges;
        do edges = Edges(await Client.DataAsync(Search, new { text = "端到端" }));
        while (edges.Count == 0 && watch.Elapsed < TimeSpan.FromSeconds(10));

        // The one-second bound is held in process (Search.Tests) and measured by the search benchmark;
        // over HTTP on a shared machine only the outcome is asserted.
        Assert.True(edges.Count > 0, $"not searchable over HTTP after {watch.ElapsedMilliseconds} ms");
        Assert.Equal("端到端新村", edges[0]!["node"]!["place"]!["name"]!.GetValue<string>());
    }
}
