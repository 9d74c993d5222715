using System.Net;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class PlaceQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Page = """
        query($filter: PlaceFilter, $first: Int, $after: String) {
          places(filter: $filter, first: $first, after: $after) {
            totalCount
            edges { cursor node { id name } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    private GraphQLClient Client => new(api.Factory.CreateClient());

    private async Task<JsonNode> PlacesAsync(object filter, int? first = null, string? after = null) =>
        (await Client.DataAsync(Page, new { filter, first, after }))["places"]!;

    private static List<string> Names(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(e => e!["node"]!["name"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task PagingThroughADivisionVisitsEveryPlaceOnceInAStableOrder()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        JsonNode connection;
        do
        {
            connection = await PlacesAsync(new { divisionCode = SampleHierarchy.City }, first: 7, after: after);
            Assert.Equal(SampleHierarchy.AllPlaces, connection["totalCount"]!.GetValue<int>());
            Assert.Equal(pages > 0, connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            var ids = connection["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList();
            seen.AddRange(ids);
            after = connection["pageInfo"]!["endCursor"]?.GetValue<string>();
            pages++;
        }
        while (connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() && pages < 20);

        Assert.Equal(6, pages);
        Assert.Equal(SampleHierarchy.AllPlaces, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen.OrderBy(long.Parse), seen.Select(s => s).ToList(), StringComparer.Ordinal);

        // The same cursor gives the same page again.
        var second = await PlacesAsync(new { divisionCode = SampleHierarchy.City }, first: 7);
        var cursor = second["pageInfo"]!["endCursor"]!.GetValue<string>();
        Assert.Equal(Names(await PlacesAsync(new { divisionCode = SampleHierarchy.City }, 7, cursor)),
                     Names(await PlacesAsync(new { divisionCode = SampleHierarchy.City }, 7, cursor)));
    }

    [Fact]
    public async Task AnEmptyPageHasNoCursorsAndNoNextPage()
    {
        var connection = await PlacesAsync(new { divisionCode = SampleHierarchy.Zone, categories = new[] { "test_village" } }, first: 10);

        Assert.Empty(Names(connection));
        Assert.Equal(0, connection["totalCount"]!.GetValue<int>());
        Assert.False(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Null(connection["pageInfo"]!["endCursor"]);
    }

    [Theory]
    [InlineData("149901200", null, null, 1 + 1 + 15)]
    [InlineData("149901", "test_village", null, 29)]
    [InlineData("149901", "test_village", "HISTORICAL", 2)]
    [InlineData("149901100", "test_village", "CURRENT", 12)]
    [InlineData("149901000000", "test_river", null, 1)]
    public async Task FiltersCombine(string divisionCode, string? category, string? status, int expected)
    {
        var connection = await PlacesAsync(new
        {
            divisionCode,
            categories = category is null ? null : new[] { category },
            statuses = status is null ? null : new[] { status },
            provenance = new[] { "SAMPLE" },
        }, first: 100);

        Assert.Equal(expected, connection["totalCount"]!.GetValue<int>());
        Assert.Equal(expected, Names(connection).Count);
    }

    [Fact]
    public async Task ABoundingBoxFindsThePlacesInsideItAndTheLinesCrossingIt()
    {
        // The west half of the county box at the latitudes of the natural villages, and the river's west end.
        var connection = await PlacesAsync(new { divisionCode = SampleHierarchy.County, bbox = new[] { 111.55, 36.19, 111.65, 36.45 } }, first: 100);
        var names = Names(connection);

        Assert.Contains("样例河", names);
        Assert.Contains("样例2庄", names);
        Assert.DoesNotContain("样例1庄", names);
        Assert.Equal(14 + 1, names.Count);
    }

    [Fact]
    public async Task APlaceAnswersEveryField()
    {
        var data = await Client.DataAsync("""
            { placeByCode(code: "149901") {
                id code name category status provenance aliases version lon lat wkt geometry validTo
                romanization { withTones toneless sign key initials wadeGiles needsReview alternatives }
                division { code name } divisionChain { code }
              } }
            """);
        var place = data["placeByCode"]!;

        Assert.Equal("149901000000", place["code"]!.GetValue<string>());
        Assert.Equal("样例县", place["name"]!.GetValue<string>());
        Assert.Equal("CURRENT", place["status"]!.GetValue<string>());
        Assert.Equal("SAMPLE", place["provenance"]!.GetValue<string>());
        Assert.Equal("Yànglì Xiàn", place["romanization"]!["withTones"]!.GetValue<string>());
        Assert.Equal("YANGLI XIAN", place["romanization"]!["sign"]!.GetValue<string>());
        Assert.Equal("ylx", place["romanization"]!["initials"]!.GetValue<string>());
        Assert.Equal("Point", place["geometry"]!["type"]!.GetValue<string>());
        Assert.Equal(place["lon"]!.GetValue<double>(), place["geometry"]!["coordinates"]![0]!.GetValue<double>());
        Assert.StartsWith("POINT (", place["wkt"]!.GetValue<string>());
        Assert.Equal("样例县", place["division"]!["name"]!.GetValue<string>());
        Assert.Equal(["14", "1499", "149901"], place["divisionChain"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()));

        var id = place["id"]!.GetValue<string>();
        var byId = await Client.DataAsync("query($id: ID!) { place(id: $id) { name } }", new { id });
        var byNumber = await Client.DataAsync("query($id: ID!) { place(id: $id) { name } }", new { id = long.Parse(id) });
        var byLiteral = await Client.DataAsync($"{{ place(id: {id}) {{ name }} }}");
        Assert.Equal("样例县", byId["place"]!["name"]!.GetValue<string>());
        Assert.Equal("样例县", byNumber["place"]!["name"]!.GetValue<string>());
        Assert.Equal("样例县", byLiteral["place"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(1001, "LIMIT_EXCEEDED", "at most 1000")]
    [InlineData(-1, "BAD_USER_INPUT", "0 to 1000")]
    public async Task APageSizeOutsideTheLimitIsRefused(int first, string code, string message)
    {
        var answer = await Client.PostAsync(Page, new { first });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(code, answer.FirstCode);
        Assert.Contains(message, answer.FirstMessage);
    }

    [Theory]
    [InlineData(new[] { 111.0, 36.0, 112.0 }, "needs exactly 4")]
    [InlineData(new[] { 112.0, 36.0, 111.0, 37.0 }, "minLon 112 is greater than maxLon 111")]
    [InlineData(new[] { 111.0, 37.0, 112.0, 36.0 }, "minLat 37 is greater than maxLat 36")]
    [InlineData(new[] { 111.0, 36.0, 200.0, 37.0 }, "maxLon 200 is outside -180..180")]
    [InlineData(new[] { 111.0, -95.0, 112.0, 37.0 }, "minLat -95 is outside -90..90")]
    public async Task AnInvalidBoundingBoxIsExplained(double[] bbox, string message)
    {
        var answer = await Client.PostAsync(Page, new { filter = new { bbox } });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains(message, answer.FirstMessage);
        Assert.Contains("[minLon, minLat, maxLon, maxLat]", answer.FirstMessage);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("cGxhY2U6eA==")]
    [InlineData("")]
    public async Task ACursorNotIssuedByTheServiceIsExplained(string after)
    {
        var answer = await Client.PostAsync(Page, new { after });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("endCursor", answer.FirstMessage);
    }

    [Fact]
    public async Task AnUnknownPlaceIsNotFoundAndABadIdIsExplained()
    {
        var unknownCode = await Client.PostAsync("{ placeByCode(code: \"149901100299\") { name } }");
        var unknownId = await Client.PostAsync("{ place(id: \"999999999\") { name } }");
        var badId = await Client.PostAsync("{ place(id: \"x1\") { name } }");
        var badDivision = await Client.PostAsync("{ places(filter: { divisionCode: \"14x\" }) { totalCount } }");

        Assert.Equal("NOT_FOUND", unknownCode.FirstCode);
        Assert.Equal("NOT_FOUND", unknownId.FirstCode);
        Assert.Equal("BAD_USER_INPUT", badId.FirstCode);
        Assert.Contains("whole numbers", badId.FirstMessage);
        Assert.Equal("BAD_USER_INPUT", badDivision.FirstCode);
        Assert.Contains("filter.divisionCode", badDivision.FirstMessage);
    }
}
