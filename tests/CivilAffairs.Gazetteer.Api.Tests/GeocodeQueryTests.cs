using System.Net;
using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Coordinates;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>Geocoding end to end over HTTP against the real imported divisions, polygons and admin changes.</summary>
public sealed class GeocodeQueryTests(RealDataApiFixture api) : IClassFixture<RealDataApiFixture>
{
    private const string Match = "code name level confidence lon lat pointDerived chain { code name level } place { code }";

    private const string Geocode = $$"""
        query($address: String!, $asOf: Date, $crs: Crs) {
          geocode(address: $address, asOf: $asOf, crs: $crs) {
            query status message unusedText
            best { {{Match}} }
            alternatives { {{Match}} }
            followedChanges { date kind from { code name } to { code name } }
          }
        }
        """;

    private const string Reverse = """
        query($lat: Float!, $lon: Float!, $crs: Crs) {
          reverseGeocode(lat: $lat, lon: $lon, crs: $crs) {
            covered message villageDistanceMeters
            chain { code name level }
            nearest { distanceMeters place { id name } }
          }
        }
        """;

    private GraphQLClient Client => new(api.Factory.CreateClient());

    private static IEnumerable<string> Codes(JsonNode list) => list.AsArray().Select(n => n!["code"]!.GetValue<string>());

    [Fact]
    public async Task AFullHongtongAddressGivesTheVillageWithItsChainAndWhatWasNotUsed()
    {
        var result = (await Client.DataAsync(Geocode, new { address = "山西省临汾市洪洞县大槐树镇东冯堡村3组15号" }))["geocode"]!;

        Assert.Equal("MATCHED", result["status"]!.GetValue<string>());
        var best = result["best"]!;
        Assert.Equal(("141024100212", "VILLAGE"), (best["code"]!.GetValue<string>(), best["level"]!.GetValue<string>()));
        Assert.Equal(["14", "1410", "141024", "141024100", "141024100212"], Codes(best["chain"]!));
        Assert.Equal("洪洞县", best["chain"]![2]!["name"]!.GetValue<string>());
        Assert.InRange(best["confidence"]!.GetValue<double>(), 0.9, 1.0);
        Assert.Equal("3组15号", result["unusedText"]!.GetValue<string>());
        Assert.InRange(best["lon"]!.GetValue<double>(), 111.3, 112.0);
        Assert.InRange(best["lat"]!.GetValue<double>(), 36.0, 36.6);
        Assert.Empty(result["alternatives"]!.AsArray());
    }

    [Fact]
    public async Task TheFormerChangzhiCountyLeadsToShangdangDistrictAndTheChangeIsShown()
    {
        var result = (await Client.DataAsync(Geocode, new { address = "长治县苏店镇苏店村" }))["geocode"]!;

        Assert.Equal("140404101200", result["best"]!["code"]!.GetValue<string>());
        var change = Assert.Single(result["followedChanges"]!.AsArray())!;
        Assert.Equal("长治县", change["from"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(("140404", "上党区"), (change["to"]![0]!["code"]!.GetValue<string>(), change["to"]![0]!["name"]!.GetValue<string>()));
        Assert.StartsWith("2018", change["date"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeforeTheChangeTheFormerCountyAnswersAsItself()
    {
        var result = (await Client.DataAsync(Geocode, new { address = "长治县", asOf = "2017-06-01" }))["geocode"]!;

        Assert.Equal("140421000000", result["best"]!["code"]!.GetValue<string>());
        Assert.Empty(result["followedChanges"]!.AsArray());
    }

    [Fact]
    public async Task AVillageNameFoundInTwoTownshipsGivesBothAsLowConfidenceAlternatives()
    {
        var result = (await Client.DataAsync(Geocode, new { address = "吕梁市柳林县王家庄村" }))["geocode"]!;

        Assert.Equal("AMBIGUOUS", result["status"]!.GetValue<string>());
        var alternatives = result["alternatives"]!.AsArray();
        Assert.Contains("141125100216", Codes(alternatives));
        Assert.Contains("141125108216", Codes(alternatives));
        Assert.All(alternatives, a => Assert.True(a!["confidence"]!.GetValue<double>() <= 0.4));
        Assert.Contains("add the township or county", result["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Gcj02PointsAreTheWgs84PointsShiftedByTheGcj02Offset()
    {
        var address = "洪洞县大槐树镇东冯堡村";
        var wgs = (await Client.DataAsync(Geocode, new { address, crs = "WGS84" }))["geocode"]!["best"]!;
        var gcj = (await Client.DataAsync(Geocode, new { address, crs = "GCJ02" }))["geocode"]!["best"]!;

        var wgsPoint = new LonLat(wgs["lon"]!.GetValue<double>(), wgs["lat"]!.GetValue<double>());
        var gcjPoint = new LonLat(gcj["lon"]!.GetValue<double>(), gcj["lat"]!.GetValue<double>());
        var expected = CoordinateConverter.Wgs84ToGcj02(wgsPoint);
        Assert.Equal(expected.Lon, gcjPoint.Lon, 9);
        Assert.Equal(expected.Lat, gcjPoint.Lat, 9);
        // In Shanxi the GCJ-02 shift is a few hundred metres.
        Assert.InRange(Distance.Meters(wgsPoint, gcjPoint), 100, 1000);
    }

    [Fact]
    public async Task StructuredFieldsAreReadLevelByLevel()
    {
        var data = await Client.DataAsync("""
            { geocodeStructured(input: { city: "临汾", county: "洪洞县", township: "大槐树镇", village: "东冯堡村", detail: "3组15号" }) { status unusedText best { code } } }
            """);

        var result = data["geocodeStructured"]!;
        Assert.Equal("141024100212", result["best"]!["code"]!.GetValue<string>());
        Assert.Equal("3组15号", result["unusedText"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABatchAnswersEveryAddressInOrderWithInvalidOnesMarked()
    {
        var data = await Client.DataAsync("query($a: [String!]!) { geocodeBatch(addresses: $a) { status message best { code } } }",
            new { a = new[] { "洪洞县大槐树镇东冯堡村", "", "隰县" } });

        var results = data["geocodeBatch"]!.AsArray();
        Assert.Equal(["MATCHED", "INVALID", "MATCHED"], results.Select(r => r!["status"]!.GetValue<string>()));
        Assert.Contains("empty", results[1]!["message"]!.GetValue<string>());
        Assert.Equal("141031000000", results[2]!["best"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABatchOverTheLimitIsRefusedAsLimitExceeded()
    {
        var answer = await Client.PostAsync("query($a: [String!]!) { geocodeBatch(addresses: $a) { status } }",
            new { a = Enumerable.Repeat("隰县", 1001).ToArray() });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("LIMIT_EXCEEDED", answer.FirstCode);
        Assert.Contains("at most 1000 addresses; this one has 1001", answer.FirstMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEmptyAddressIsBadUserInputWithAMessage(string address)
    {
        var answer = await Client.PostAsync(Geocode, new { address });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("empty", answer.FirstMessage);
    }

    [Fact]
    public async Task ATenThousandCharacterAddressIsBadUserInputNotAServerError()
    {
        var answer = await Client.PostAsync(Geocode, new { address = "山西省洪洞县" + new string('村', 10_000) });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.False(string.IsNullOrWhiteSpace(answer.FirstMessage));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("north")]
    public async Task ACoordinateThatIsNotANumberIsBadUserInputNotAServerError(string lat)
    {
        var answer = await Client.PostAsync(Reverse, new { lat, lon = 111.7 });

        Assert.InRange((int)answer.Status, 200, 499);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Null(answer.Json["data"]?["reverseGeocode"]);
    }

    [Theory]
    [InlineData("🏠🚚📦")]
    [InlineData("'; DROP TABLE division; --")]
    [InlineData("Hongtong County, Shanxi")]
    public async Task TextWithoutANameIsNoMatch(string address)
    {
        var result = (await Client.DataAsync(Geocode, new { address }))["geocode"]!;

        Assert.Equal("NO_MATCH", result["status"]!.GetValue<string>());
        Assert.Null(result["best"]);
    }

    [Fact]
    public async Task APointInHongtongGivesTheChainByPolygonAndNearestPlaces()
    {
        var result = (await Client.DataAsync(Reverse, new { lat = 36.2540, lon = 111.67655 }))["reverseGeocode"]!;

        Assert.True(result["covered"]!.GetValue<bool>());
        var chain = Codes(result["chain"]!).ToList();
        Assert.Equal(["14", "1410", "141024"], chain.Take(3));
        Assert.Equal("洪洞县", result["chain"]![2]!["name"]!.GetValue<string>());
        Assert.Equal("VILLAGE", result["chain"]!.AsArray()[^1]!["level"]!.GetValue<string>());
        Assert.StartsWith("141024", chain[^1], StringComparison.Ordinal);
        var distances = result["nearest"]!.AsArray().Select(n => n!["distanceMeters"]!.GetValue<double>()).ToList();
        Assert.NotEmpty(distances);
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task APointOutsideShanxiIsNotCovered()
    {
        var result = (await Client.DataAsync(Reverse, new { lat = 39.9087, lon = 116.3975 }))["reverseGeocode"]!;

        Assert.False(result["covered"]!.GetValue<bool>());
        Assert.Empty(result["chain"]!.AsArray());
        Assert.Contains("outside Shanxi", result["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(91.0, 111.0)]
    [InlineData(36.0, -181.0)]
    public async Task ANonCoordinateIsBadUserInput(double lat, double lon)
    {
        var answer = await Client.PostAsync(Reverse, new { lat, lon });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("latitude in [-90, 90]", answer.FirstMessage);
    }

    [Fact]
    public async Task ADivisionWrittenWithItsChangeLogRowIsGeocodedWithoutARestart()
    {
        const string address = "洪洞县大槐树镇槐荫新村";
        Assert.NotEqual("141024100299", (await Client.DataAsync(Geocode, new { address }))["geocode"]!["best"]?["code"]?.GetValue<string>());

        await using (var connection = await api.Database.DataSource.OpenConnectionAsync())
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO division (code, level, name, parent_code, provenance) VALUES ('141024100299', 'village', '槐荫新村村委会', '141024100000', 'sample');
            INSERT INTO change_log (entity, entity_id, op, actor) VALUES ('division', '141024100299', 'insert', 'test');
            """, connection))
            await insert.ExecuteNonQueryAsync();

        string? code = null;
        for (var attempt = 0; attempt < 100 && code != "141024100299"; attempt++)
        {
            await Task.Delay(100);
            code = (await Client.DataAsync(Geocode, new { address }))["geocode"]!["best"]?["code"]?.GetValue<string>();
        }
        Assert.Equal("141024100299", code);
    }
}
