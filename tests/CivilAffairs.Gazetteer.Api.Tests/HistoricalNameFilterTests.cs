using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// historicalNames by area (within) and list category, answered as PostGIS answers the same question
/// (ST_Within, the list_category column), and their bad input.
/// </summary>
public sealed class HistoricalNameFilterTests(HistoryApiFixture api) : IClassFixture<HistoryApiFixture>
{
    /// <summary>A box over southern Shanxi (临汾, 运城, 长治), west edge at 111°E, south edge at 35.5°N.</summary>
    private const string SouthernShanxi = "POLYGON((111 35.5, 113.5 35.5, 113.5 37, 111 37, 111 35.5))";

    /// <summary>A name whose location is an area inside the box.</summary>
    private const long AreaInside = 900_101;

    /// <summary>A name whose location is an area that crosses the box's east edge: it touches the box but does not lie inside it.</summary>
    private const long AreaAcrossTheEdge = 900_102;

    /// <summary>A name located on the box's west edge: on its boundary, not inside.</summary>
    private const long OnTheEdge = 900_103;

    private const string Names = """
        query($filter: HistoricalNameFilter) {
          historicalNames(filter: $filter, first: 500) { totalCount edges { node { id listCategory } } }
        }
        """;

    private GraphQLClient Client => new(api.Factory.CreateClient());

    private static object Within(string wkt) => new { type = "Polygon", coordinates = new[] { Ring(wkt) } };

    private static double[][] Ring(string wkt) =>
        [.. wkt["POLYGON((".Length..^2].Split(',').Select(p => p.Trim().Split(' ').Select(double.Parse).ToArray())];

    [Fact]
    public async Task WithinAnAreaAnswersWhatStWithinAnswers()
    {
        await AddNamesAtTheEdgesAsync();

        var (ids, total) = await IdsAsync(new { within = Within(SouthernShanxi) });

        var expected = await DatabaseIdsAsync($"ST_Within(geom, ST_GeomFromText('{SouthernShanxi}', 4326))");
        Assert.True(expected.Count > 3, $"the test data should put several names in southern Shanxi, not {expected.Count}");
        Assert.Equal(expected, ids);
        Assert.Equal(expected.Count, total);
        Assert.Contains(HistoryApiFixture.SuiToYuan, ids);
        Assert.Contains(HistoryApiFixture.Hongtong, ids);
        Assert.DoesNotContain(HistoryApiFixture.Qin, ids); // 太原, north of the box
        Assert.Contains(AreaInside, ids);
        Assert.DoesNotContain(AreaAcrossTheEdge, ids);
        Assert.DoesNotContain(OnTheEdge, ids);
    }

    [Fact]
    public async Task ACategoryAnswersWhatTheListCategoryColumnHolds()
    {
        var (ids, total) = await IdsAsync(new { category = "古州郡名" });

        var expected = await DatabaseIdsAsync("list_category = '古州郡名'");
        Assert.True(expected.Count > 1);
        Assert.Equal(expected, ids);
        Assert.Equal(expected.Count, total);
        Assert.Contains(HistoryApiFixture.SuiToYuan, ids);
        Assert.DoesNotContain(HistoryApiFixture.Hongtong, ids);
    }

    [Fact]
    public async Task CategoryAndAreaCombine()
    {
        await AddNamesAtTheEdgesAsync();

        var (ids, _) = await IdsAsync(new { category = "千年古县", within = Within(SouthernShanxi) });

        Assert.Equal(await DatabaseIdsAsync($"list_category = '千年古县' AND ST_Within(geom, ST_GeomFromText('{SouthernShanxi}', 4326))"), ids);
        Assert.Contains(HistoryApiFixture.Hongtong, ids);
        Assert.DoesNotContain(AreaInside, ids);
    }

    [Theory]
    [InlineData("""{ historicalNames(filter: { category: "古城堡" }) { totalCount } }""", "'古城堡' is not a list category")]
    [InlineData("""{ historicalNames(filter: { category: "古州郡名x" }) { totalCount } }""", "古州郡名")]
    [InlineData("""{ historicalNames(filter: { within: { type: "Polygon", coordinates: [[[111, 36], [112, 37], [112, 36], [111, 37], [111, 36]]] } }) { totalCount } }""", "Self-intersection")]
    [InlineData("""{ historicalNames(filter: { within: { type: "Polygon", coordinates: [[[111, 36], [112, 36], [112, 37], [111, 37]]] } }) { totalCount } }""", "closed")]
    [InlineData("""{ historicalNames(filter: { within: { type: "Point", coordinates: [111, 36] } }) { totalCount } }""", "Polygon")]
    [InlineData("""{ historicalNames(filter: { within: { type: "Polygon", coordinates: [[[111, 36], [200, 36], [200, 37], [111, 36]]] } }) { totalCount } }""", "200")]
    [InlineData("""{ historicalNames(filter: { within: "not geojson" }) { totalCount } }""", "GeoJSON")]
    public async Task BadFiltersAreRefusedWithWhatToSendInstead(string query, string message)
    {
        var answer = await Client.PostAsync(query);

        Assert.True(answer.FirstCode == "BAD_USER_INPUT", answer.Body);
        Assert.True(answer.FirstMessage!.Contains(message, StringComparison.Ordinal), answer.Body);
    }

    [Fact]
    public async Task AnUnknownCategoryNamesTheCategoriesThereAre()
    {
        var answer = await Client.PostAsync(Names, new { filter = new { category = "古城堡" } });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        foreach (var known in await DatabaseCategoriesAsync())
            Assert.Contains(known, answer.FirstMessage, StringComparison.Ordinal);
    }

    private async Task<(List<long> Ids, int Total)> IdsAsync(object filter)
    {
        var page = (await Client.DataAsync(Names, new { filter }))["historicalNames"]!;
        return (page["edges"]!.AsArray().Select(e => long.Parse(e!["node"]!["id"]!.GetValue<string>())).ToList(), page["totalCount"]!.GetValue<int>());
    }

    private async Task<List<long>> DatabaseIdsAsync(string condition)
    {
        await using var command = api.Database.DataSource.CreateCommand($"SELECT id FROM historical_name WHERE {condition} ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    private async Task<List<string>> DatabaseCategoriesAsync()
    {
        await using var command = api.Database.DataSource.CreateCommand("SELECT DISTINCT list_category FROM historical_name WHERE list_category IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync();
        var categories = new List<string>();
        while (await reader.ReadAsync())
            categories.Add(reader.GetString(0));
        return categories;
    }

    /// <summary>Names located by an area inside the box, by one across its edge, and by a point on its edge (sample rows).</summary>
    private async Task AddNamesAtTheEdgesAsync()
    {
        await using var command = api.Database.DataSource.CreateCommand(
            $"""
            INSERT INTO historical_name (id, name, begin_year, status, geom, list_level, list_category, provenance)
            OVERRIDING SYSTEM VALUE VALUES
              ({AreaInside}, '样例古城', 600, 'abolished', ST_GeomFromText('POLYGON((112 36, 112.2 36, 112.2 36.2, 112 36.2, 112 36))', 4326), 'county', '古州郡名', 'sample'),
              ({AreaAcrossTheEdge}, '样例跨界古关', 600, 'abolished', ST_GeomFromText('POLYGON((113.4 36, 113.6 36, 113.6 36.2, 113.4 36.2, 113.4 36))', 4326), 'county', '古州郡名', 'sample'),
              ({OnTheEdge}, '样例界上古村', 600, 'abolished', ST_SetSRID(ST_MakePoint(111, 36.3), 4326), 'county', '古州郡名', 'sample')
            ON CONFLICT (id) DO NOTHING
            """);
        await command.ExecuteNonQueryAsync();
    }
}
