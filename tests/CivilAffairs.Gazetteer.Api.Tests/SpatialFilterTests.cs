using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Coordinates;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// Radius, polygon and division-polygon filters over the real registry, each checked against the
/// answer PostGIS itself gives for the same shape; the orders and both paging directions.
/// </summary>
public sealed class SpatialFilterTests(RealDataApiFixture api) : IClassFixture<RealDataApiFixture>
{
    // Around the seat of 洪洞县 (141024).
    private const double Lon = 111.67;
    private const double Lat = 36.25;
    private const string Square = "POLYGON((111.55 36.2, 111.75 36.2, 111.75 36.4, 111.55 36.4, 111.55 36.2))";

    private const string Page = """
        query($filter: PlaceFilter, $orderBy: PlaceOrder, $first: Int, $after: String, $last: Int, $before: String) {
          places(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
            totalCount
            edges { cursor node { id name } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private GraphQLClient Client => new(api.Factory.CreateClient());

    private static List<long> Ids(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => long.Parse(e!["node"]!["id"]!.GetValue<string>())).ToList();

    /// <summary>Every place the filter selects, page by page forwards, in the order the service gives.</summary>
    private async Task<List<long>> AllAsync(object filter, string? orderBy = null, int first = 250)
    {
        var ids = new List<long>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var connection = (await Client.DataAsync(Page, new { filter, orderBy, first, after }))["places"]!;
            ids.AddRange(Ids(connection));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
                return ids;
            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        throw new Xunit.Sdk.XunitException("More than 100 pages: the filter selects far more than the test expects.");
    }

    private async Task<List<long>> PostGisAsync(string sql, params object[] values)
    {
        await using var command = api.Database.DataSource.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    [Theory]
    [InlineData(500)]
    [InlineData(5_000)]
    [InlineData(12_000)]
    public async Task ARadiusSelectsWhatPostGisFindsWithinThatManyMetres(double meters)
    {
        var ours = await AllAsync(new { near = new { lon = Lon, lat = Lat }, radiusMeters = meters });
        var postgis = await PostGisAsync(
            "SELECT id FROM place WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $3) ORDER BY id",
            Lon, Lat, meters);

        Assert.NotEmpty(postgis);
        Assert.Equal(postgis, ours);
    }

    [Fact]
    public async Task ARadiusAroundAGcj02PointMeasuresFromItsWgs84Position()
    {
        var gcj = CoordinateConverter.Wgs84ToGcj02(new LonLat(Lon, Lat));
        var ours = await AllAsync(new { near = new { lon = gcj.Lon, lat = gcj.Lat, crs = "GCJ02" }, radiusMeters = 5_000.0 });
        var wgs = await AllAsync(new { near = new { lon = Lon, lat = Lat }, radiusMeters = 5_000.0 });

        Assert.NotEmpty(wgs);
        Assert.Equal(wgs, ours);
    }

    [Fact]
    public async Task APolygonAsGeoJsonOrWktSelectsWhatStWithinAndStIntersectsFind()
    {
        var geoJson = new JsonObject
        {
            ["type"] = "Polygon",
            ["coordinates"] = new JsonArray(new JsonArray(
                new JsonArray(111.55, 36.2), new JsonArray(111.75, 36.2), new JsonArray(111.75, 36.4), new JsonArray(111.55, 36.4), new JsonArray(111.55, 36.2))),
        };
        var within = await AllAsync(new { within = geoJson });
        var withinWkt = await AllAsync(new { withinWkt = Square });
        var intersects = await AllAsync(new { intersectsWkt = Square });

        var postgisWithin = await PostGisAsync("SELECT id FROM place WHERE ST_Within(geom, ST_GeomFromText($1, 4326)) ORDER BY id", Square);
        var postgisIntersects = await PostGisAsync("SELECT id FROM place WHERE ST_Intersects(geom, ST_GeomFromText($1, 4326)) ORDER BY id", Square);

        Assert.NotEmpty(postgisWithin);
        Assert.Equal(postgisWithin, within);
        Assert.Equal(postgisWithin, withinWkt);
        Assert.Equal(postgisIntersects, intersects);
        // Lines and polygons crossing the edge intersect without lying within.
        Assert.True(postgisIntersects.Count > postgisWithin.Count);
    }

    [Fact]
    public async Task APolygonLiteralInTheDocumentIsReadAsGeoJson()
    {
        var data = await Client.DataAsync("""
            { places(filter: { within: { type: "Polygon", coordinates: [[[111.55, 36.2], [111.75, 36.2], [111.75, 36.4], [111.55, 36.4], [111.55, 36.2]]] } }) { totalCount } }
            """);
        var postgis = await PostGisAsync("SELECT id FROM place WHERE ST_Within(geom, ST_GeomFromText($1, 4326))", Square);

        Assert.Equal(postgis.Count, data["places"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task InDivisionSelectsThePlacesInsideTheCountyPolygon()
    {
        var connection = (await Client.DataAsync(Page, new { filter = new { inDivision = "141024" }, first = 100 }))["places"]!;
        var postgis = await PostGisAsync(
            "SELECT id FROM place WHERE ST_Within(geom, (SELECT boundary FROM division WHERE code = '141024000000' AND valid_to IS NULL)) ORDER BY id");

        Assert.True(postgis.Count > 100, $"{postgis.Count} places in 洪洞县's polygon");
        Assert.Equal(postgis.Count, connection["totalCount"]!.GetValue<int>());
        Assert.Equal(postgis.Take(100), Ids(connection));
    }

    [Fact]
    public async Task InDivisionOfAUnitWithoutAPolygonIsExplained()
    {
        var answer = await Client.PostAsync(Page, new { filter = new { inDivision = "141024100" } });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("has no polygon", answer.FirstMessage);
    }

    [Fact]
    public async Task OrderByDistanceGoesNearestFirstAsPostGisMeasures()
    {
        var filter = new { near = new { lon = Lon, lat = Lat }, radiusMeters = 12_000.0 };
        var ours = await AllAsync(filter, "DISTANCE", first: 40);
        var postgis = await PostGisAsync(
            "SELECT id FROM place WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, 12000) " +
            "ORDER BY ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography), id",
            Lon, Lat);

        Assert.True(postgis.Count > 40);
        Assert.Equal(postgis, ours);
    }

    [Theory]
    [InlineData("NAME", "name")]
    [InlineData("PINYIN", "coalesce(nullif(pinyin_key, ''), '~')")]
    public async Task OrdersPageForwardsAndBackwardsOverTheSameSequence(string orderBy, string sortKey)
    {
        var filter = new { divisionCode = "141024" };
        var forwards = await AllAsync(filter, orderBy, first: 97);
        var postgis = await PostGisAsync($"SELECT id FROM place WHERE division_code LIKE '141024%' ORDER BY {sortKey}, id");

        var backwards = new List<long>();
        string? before = null;
        JsonNode connection;
        do
        {
            connection = (await Client.DataAsync(Page, new { filter, orderBy, last = 97, before }))["places"]!;
            backwards.InsertRange(0, Ids(connection));
            before = connection["pageInfo"]!["startCursor"]?.GetValue<string>();
        }
        while (connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        Assert.True(postgis.Count > 97 * 2);
        Assert.Equal(postgis, forwards);
        Assert.Equal(postgis, backwards);
    }

    [Fact]
    public async Task ACursorStaysValidWhenPlacesAreAddedBeforeIt()
    {
        var filter = new { divisionCode = "141024" };
        var first = (await Client.DataAsync(Page, new { filter, orderBy = "NAME", first = 10 }))["places"]!;
        var cursor = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        var next = Ids((await Client.DataAsync(Page, new { filter, orderBy = "NAME", first = 10, after = cursor }))["places"]!);

        // A name that sorts before every other goes in ahead of the cursor: the next page is unchanged.
        await using (var insert = api.Database.DataSource.CreateCommand(
            "INSERT INTO place (name, category, division_code, geom, point, provenance) " +
            "SELECT '一', category, division_code, geom, point, 'sample' FROM place WHERE division_code LIKE '141024%' LIMIT 1"))
            await insert.ExecuteNonQueryAsync();
        var again = Ids((await Client.DataAsync(Page, new { filter, orderBy = "NAME", first = 10, after = cursor }))["places"]!);

        Assert.Equal(next, again);
    }

    [Theory]
    [InlineData("""{"withinWkt": "POLYGON((111 36, 112 37, 112 36, 111 37, 111 36))"}""", "Self-intersection")]
    [InlineData("""{"within": {"type": "Polygon", "coordinates": [[[111, 36], [112, 36], [112, 37], [111, 37]]]}}""", "not closed")]
    [InlineData("""{"withinWkt": "POLYGON((111 36, 112 36, 112 37, 111 37))"}""", "not closed")]
    [InlineData("""{"intersectsWkt": "POLYGON((111 36, 212 36, 212 37, 111 36))"}""", "outside WGS84 degrees")]
    [InlineData("""{"withinWkt": "POINT(111 36)"}""", "must be a Polygon or MultiPolygon")]
    [InlineData("""{"withinWkt": "POLYGON((111 36, 112"}""", "not WKT")]
    [InlineData("""{"bbox": [112, 36, 111, 37]}""", "minLon 112 is greater than maxLon 111")]
    [InlineData("""{"near": {"lon": 111.6, "lat": 95}, "radiusMeters": 100}""", "latitude in [-90, 90]")]
    [InlineData("""{"near": {"lon": 181, "lat": 36}}""", "longitude must be a number in [-180, 180]")]
    [InlineData("""{"radiusMeters": 100}""", "needs filter.near")]
    [InlineData("""{"near": {"lon": 111.6, "lat": 36}, "radiusMeters": -5}""", "above 0")]
    [InlineData("""{"text": "  "}""", "text is empty")]
    public async Task BadShapesAndCoordinatesAreRefusedWithBadUserInput(string filterJson, string message)
    {
        var answer = await Client.PostAsync(Page, new { filter = JsonNode.Parse(filterJson) });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.True(answer.FirstMessage!.Contains(message, StringComparison.Ordinal), answer.FirstMessage);
    }

    [Fact]
    public async Task DistanceOrderWithoutAPointAndACursorOfAnotherOrderAreExplained()
    {
        var noPoint = await Client.PostAsync(Page, new { orderBy = "DISTANCE" });
        var byName = (await Client.DataAsync(Page, new { orderBy = "NAME", first = 1 }))["places"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var mixed = await Client.PostAsync(Page, new { orderBy = "PINYIN", after = byName });
        var both = await Client.PostAsync(Page, new { first = 1, last = 1 });

        Assert.Equal("BAD_USER_INPUT", noPoint.FirstCode);
        Assert.Contains("needs filter.near", noPoint.FirstMessage);
        Assert.Equal("BAD_USER_INPUT", mixed.FirstCode);
        Assert.Contains("ordered by NAME", mixed.FirstMessage);
        Assert.Equal("BAD_USER_INPUT", both.FirstCode);
    }

    [Fact]
    public async Task TextFindsNamesAliasesAndPinyinStarts()
    {
        var byName = await AllAsync(new { text = "洪洞" });
        var postgis = await PostGisAsync("SELECT id FROM place WHERE name LIKE '%洪洞%' OR EXISTS (SELECT 1 FROM unnest(aliases) a WHERE a LIKE '%洪洞%') ORDER BY id");
        var byPinyin = await Client.DataAsync("""{ places(filter: { text: "hongtong", divisionCode: "141024" }, first: 5) { edges { node { name } } } }""");

        Assert.NotEmpty(postgis);
        Assert.Equal(postgis, byName);
        Assert.Contains("洪洞县", byPinyin["places"]!["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CoordinatesComeInTheAskedSystem()
    {
        var data = await Client.DataAsync("""
            { placeByCode(code: "141024100001") {
                lon lat gcjLon: lon(crs: GCJ02) gcjLat: lat(crs: GCJ02) bdLon: lon(crs: BD09) bdLat: lat(crs: BD09)
                geometry bdGeometry: geometry(crs: BD09) wkt gcjWkt: wkt(crs: GCJ02)
              }
              division(code: "141024") { boundary gcjBoundary: boundary(crs: GCJ02) } }
            """);
        var place = data["placeByCode"]!;
        double Get(string field) => place[field]!.GetValue<double>();
        var wgs = new LonLat(Get("lon"), Get("lat"));
        var gcj = CoordinateConverter.Wgs84ToGcj02(wgs);
        var bd = CoordinateConverter.Gcj02ToBd09(gcj);

        Assert.Equal(gcj.Lon, Get("gcjLon"), 9);
        Assert.Equal(gcj.Lat, Get("gcjLat"), 9);
        Assert.Equal(bd.Lon, Get("bdLon"), 9);
        Assert.InRange(Distance.Meters(wgs, gcj), 100, 1_000);
        Assert.Equal(Get("bdLon"), place["bdGeometry"]!["coordinates"]![0]!.GetValue<double>(), 9);
        Assert.Equal(Get("bdLat"), place["bdGeometry"]!["coordinates"]![1]!.GetValue<double>(), 9);
        Assert.NotEqual(place["wkt"]!.GetValue<string>(), place["gcjWkt"]!.GetValue<string>());
        Assert.StartsWith("POINT (", place["gcjWkt"]!.GetValue<string>());
        Assert.Equal("MultiPolygon", data["division"]!["gcjBoundary"]!["type"]!.GetValue<string>());
        Assert.NotEqual(data["division"]!["boundary"]!.ToJsonString(), data["division"]!["gcjBoundary"]!.ToJsonString());
    }
}
