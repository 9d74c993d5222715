using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class DivisionQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private GraphQLClient Client => new(api.Factory.CreateClient());

    private static List<string> Strings(JsonNode? list, string field) =>
        list!.AsArray().Select(n => n![field]!.GetValue<string>()).ToList();

    [Fact]
    public async Task ACountyAnswersItsCityItsTownshipsAndTheirVillages()
    {
        var data = await Client.DataAsync("""
            { division(code: "149901") {
                code name level isStatisticalZone
                parent { code name level }
                ancestors { code }
                children { code name level children { code name } }
                validFrom
            } }
            """);
        var county = data["division"]!;

        Assert.Equal("149901", county["code"]!.GetValue<string>());
        Assert.Equal("样例县", county["name"]!.GetValue<string>());
        Assert.Equal("COUNTY", county["level"]!.GetValue<string>());
        Assert.False(county["isStatisticalZone"]!.GetValue<bool>());
        Assert.Equal("2023-01-01", county["validFrom"]!.GetValue<string>());
        Assert.Equal("样例市", county["parent"]!["name"]!.GetValue<string>());
        Assert.Equal("CITY", county["parent"]!["level"]!.GetValue<string>());
        Assert.Equal(["14", "1499"], Strings(county["ancestors"], "code"));
        Assert.Equal(["149901100", "149901200"], Strings(county["children"], "code"));
        Assert.Equal(["张家庄村", "李家沟村"], Strings(county["children"]![0]!["children"], "name"));
        Assert.Equal(["𣵦沟村"], Strings(county["children"]![1]!["children"], "name"));
    }

    [Theory]
    [InlineData("149901100201")]
    [InlineData("149901100201 ")]
    public async Task AVillageIsFoundByItsTwelveDigitsWithItsWholeChain(string code)
    {
        var data = await Client.DataAsync("query($c: String!) { division(code: $c) { name level ancestors { name } } }", new { c = code });

        Assert.Equal("VILLAGE", data["division"]!["level"]!.GetValue<string>());
        Assert.Equal(["山西省", "样例市", "样例县", "甲镇"], Strings(data["division"]!["ancestors"], "name"));
    }

    [Fact]
    public async Task APaddedTwelveDigitCodeFindsTheCounty()
    {
        var data = await Client.DataAsync("{ division(code: \"149901000000\") { code name } }");

        Assert.Equal("149901", data["division"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AStatisticalZoneIsFlagged()
    {
        var data = await Client.DataAsync("{ division(code: \"149971\") { isStatisticalZone parent { code } } }");

        Assert.True(data["division"]!["isStatisticalZone"]!.GetValue<bool>());
        Assert.Equal("1499", data["division"]!["parent"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADivisionAnswersItsOwnPlaceItsPlacesAndItsBoundary()
    {
        var data = await Client.DataAsync("""
            { division(code: "149901100") { place { name code } places(first: 100) { totalCount } boundary }
              county: division(code: "149901") { boundary place { formerNames { name from to approximate } } } }
            """);

        Assert.Equal("甲镇", data["division"]!["place"]!["name"]!.GetValue<string>());
        // 甲镇 itself, its two villages and the 14 even-numbered natural villages.
        Assert.Equal(1 + 2 + 14, data["division"]!["places"]!["totalCount"]!.GetValue<int>());
        Assert.Null(data["division"]!["boundary"]);
        Assert.Equal("MultiPolygon", data["county"]!["boundary"]!["type"]!.GetValue<string>());
        var former = data["county"]!["place"]!["formerNames"]![0]!;
        Assert.Equal("旧样例县", former["name"]!.GetValue<string>());
        Assert.Equal(1912, former["from"]!.GetValue<int>());
        Assert.True(former["approximate"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ADivisionsPlacesStayInsideItWhateverTheFilterSays()
    {
        var data = await Client.DataAsync("""
            { division(code: "149901100") { places(filter: { divisionCode: "149901200" }) { totalCount edges { node { name } } } } }
            """);

        Assert.Equal(0, data["division"]!["places"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(data["division"]!["places"]!["edges"]!.AsArray());
    }

    [Theory]
    [InlineData("14990", "BAD_USER_INPUT", "2, 4, 6, 9 or 12 digits")]
    [InlineData("abc", "BAD_USER_INPUT", "not a division code")]
    [InlineData("140024", "BAD_USER_INPUT", "not a division code")]
    [InlineData("149902", "NOT_FOUND", "No current division has code 149902")]
    public async Task ABadOrUnknownCodeGetsItsCodeAndAnExplanation(string code, string expectedCode, string expectedMessage)
    {
        var answer = await Client.PostAsync("query($c: String!) { division(code: $c) { name } }", new { c = code });

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Json["data"]!["division"]);
        Assert.Equal(expectedCode, answer.FirstCode);
        Assert.Contains(expectedMessage, answer.FirstMessage);
    }
}
