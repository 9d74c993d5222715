using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>Queries over the real 2023 hierarchy that the template imports; expectations come from SQL on the same database.</summary>
public sealed class RealHierarchyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Page = """
        query($filter: PlaceFilter, $first: Int, $after: String) {
          places(filter: $filter, first: $first, after: $after) {
            totalCount edges { node { id } } pageInfo { hasNextPage endCursor }
          }
        }
        """;

    private GraphQLClient Client => new(api.Factory.CreateClient());

    private async Task<List<T>> Column<T>(string sql)
    {
        await using var command = api.Database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
            values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    [Fact]
    public async Task HongtongAnswersItsCityItsTownshipsAndTheirVillages()
    {
        var data = await Client.DataAsync("""
            { division(code: "141024") { name level parent { code name } ancestors { name }
                children { code name level children { code name level } } } }
            """);
        var county = data["division"]!;
        var townships = county["children"]!.AsArray();
        var expectedTownships = await Column<string>(
            "SELECT substr(code, 1, 9) FROM division WHERE parent_code = '141024000000' AND valid_to IS NULL ORDER BY code");
        var expectedVillages = await Column<string>(
            "SELECT code FROM division WHERE level = 'village' AND code LIKE '141024%' AND valid_to IS NULL ORDER BY code");

        Assert.Equal("洪洞县", county["name"]!.GetValue<string>());
        Assert.Equal("1410", county["parent"]!["code"]!.GetValue<string>());
        Assert.Equal("临汾市", county["parent"]!["name"]!.GetValue<string>());
        Assert.Equal(["山西省", "临汾市"], county["ancestors"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        Assert.NotEmpty(expectedTownships);
        Assert.Equal(expectedTownships, townships.Select(t => t!["code"]!.GetValue<string>()));
        Assert.Contains("大槐树镇", townships.Select(t => t!["name"]!.GetValue<string>()));
        Assert.All(townships, t => Assert.Equal("TOWNSHIP", t!["level"]!.GetValue<string>()));
        var villages = townships.SelectMany(t => t!["children"]!.AsArray().Select(v => (Township: t["code"]!.GetValue<string>(), Village: v!))).ToList();
        Assert.Equal(expectedVillages, villages.Select(v => v.Village["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(villages, v => Assert.StartsWith(v.Township, v.Village["code"]!.GetValue<string>()));
        Assert.All(villages, v => Assert.Equal("VILLAGE", v.Village["level"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HongtongsOwnPlaceCarriesItsChain()
    {
        var data = await Client.DataAsync("{ placeByCode(code: \"141024\") { name code provenance divisionChain { code name } geometry } }");
        var place = data["placeByCode"]!;

        Assert.Equal("洪洞县", place["name"]!.GetValue<string>());
        Assert.Equal("141024000000", place["code"]!.GetValue<string>());
        Assert.Equal(["14", "1410", "141024"], place["divisionChain"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()));
        Assert.NotNull(place["geometry"]!["type"]);
    }

    [Fact]
    public async Task PagingThroughEveryPlaceVisitsEachOnceWithoutGaps()
    {
        var expected = await Column<long>("SELECT id FROM place ORDER BY id");
        var seen = new List<long>();
        string? after = null;
        var more = true;
        for (var pages = 0; more && pages < expected.Count / 1000 + 2; pages++)
        {
            var connection = (await Client.DataAsync(Page, new { first = 1000, after }))["places"]!;
            Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
            seen.AddRange(connection["edges"]!.AsArray().Select(e => long.Parse(e!["node"]!["id"]!.GetValue<string>())));
            after = connection["pageInfo"]!["endCursor"]?.GetValue<string>();
            more = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
        }

        Assert.False(more);
        Assert.True(expected.Count > 20_000, $"the template holds {expected.Count} places; the real import has over 20,000");
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("141024", "village_committee")]
    [InlineData("141024100", null)]
    [InlineData("1410", "township")]
    public async Task FiltersOnRealDataCountWhatSqlCounts(string divisionCode, string? category)
    {
        var prefix = divisionCode;
        var sql = $"SELECT count(*) FROM place WHERE division_code LIKE '{prefix}%'" + (category is null ? "" : $" AND category = '{category}'");
        var expected = (await Column<long>(sql)).Single();
        var connection = (await Client.DataAsync(Page, new
        {
            filter = new { divisionCode, categories = category is null ? null : new[] { category } },
            first = 1,
        }))["places"]!;

        Assert.True(expected > 0, sql);
        Assert.Equal(expected, connection["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ABoundingBoxAroundHongtongCountsWhatPostgisCounts()
    {
        var expected = (await Column<long>(
            "SELECT count(*) FROM place WHERE ST_Intersects(geom, ST_MakeEnvelope(111.5, 36.1, 111.9, 36.5, 4326))")).Single();
        var connection = (await Client.DataAsync(Page, new { filter = new { bbox = new[] { 111.5, 36.1, 111.9, 36.5 } }, first = 10 }))["places"]!;

        Assert.True(expected > 0);
        Assert.Equal(expected, connection["totalCount"]!.GetValue<int>());
        Assert.Equal(Math.Min(10, expected), connection["edges"]!.AsArray().Count);
    }
}
