using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>Historians' queries end to end over HTTP: as-of divisions, lineage, names by year, dynasty and text, and bad input.</summary>
public sealed class HistoryQueryTests(HistoryApiFixture api) : IClassFixture<HistoryApiFixture>
{
    private const string Division = """
        query($code: String!, $asOf: Date) {
          division(code: $code, asOf: $asOf) {
            code name level validFrom validTo
            supersedes { date kind lineageKind from { code name } to { code name } }
            supersededBy { date kind lineageKind from { code name } to { code name } }
          }
        }
        """;

    private const string Names = """
        query($filter: HistoricalNameFilter, $first: Int, $after: String) {
          historicalNames(filter: $filter, first: $first, after: $after) {
            totalCount
            edges { cursor node { id name beginYear endYear dynasty } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    private GraphQLClient Client => new(api.Factory.CreateClient());

    private async Task<List<long>> IdsAsync(object filter)
    {
        var data = await Client.DataAsync(Names, new { filter, first = 500 });
        return data["historicalNames"]!["edges"]!.AsArray().Select(e => long.Parse(e!["node"]!["id"]!.GetValue<string>())).ToList();
    }

    [Fact]
    public async Task ChangzhiCountyAsOf2017IsACountyWithItsOwnCodeThatShangdangDistrictSupersedes()
    {
        var county = (await Client.DataAsync(Division, new { code = "140421", asOf = "2017-06-01" }))["division"]!;

        Assert.Equal(("140421", "长治县", "COUNTY"), (county["code"]!.GetValue<string>(), county["name"]!.GetValue<string>(), county["level"]!.GetValue<string>()));
        Assert.Equal("2018-01-01", county["validTo"]!.GetValue<string>());
        var change = Assert.Single(county["supersededBy"]!.AsArray())!;
        Assert.Equal(("rename", "RENAMED"), (change["kind"]!.GetValue<string>(), change["lineageKind"]!.GetValue<string>()));
        Assert.Equal(("140404", "上党区"), (change["to"]![0]!["code"]!.GetValue<string>(), change["to"]![0]!["name"]!.GetValue<string>()));

        var district = (await Client.DataAsync(Division, new { code = "140404", asOf = "2020-01-01" }))["division"]!;
        Assert.Equal("上党区", district["name"]!.GetValue<string>());
        Assert.Equal("140421", Assert.Single(district["supersedes"]!.AsArray())!["from"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(district["supersededBy"]!.AsArray());
    }

    [Fact]
    public async Task TheFormerCodeAsOf2020IsNotFoundAndTheMessageNamesWhatItBecame()
    {
        var answer = await Client.PostAsync(Division, new { code = "140421", asOf = "2020-01-01" });

        Assert.Equal("NOT_FOUND", answer.FirstCode);
        Assert.Contains("上党区 (140404", answer.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePlaceOfShangdangDistrictWasNamedChangzhiCountyIn2017()
    {
        var place = (await Client.DataAsync("""{ placeByCode(code: "140404") { name y2017: nameAsOf(year: 2017) y2020: nameAsOf(year: 2020) } }"""))["placeByCode"]!;

        Assert.Equal(("上党区", "长治县", "上党区"), (place["name"]!.GetValue<string>(), place["y2017"]!.GetValue<string>(), place["y2020"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AdminChangesAnswerTheReal2018And2019CountyChangesExactly()
    {
        var changzhi = (await Client.DataAsync("""{ adminChanges(code: "1404") { date kind from { code } to { code name } } }"""))["adminChanges"]!.AsArray();
        var in2019 = (await Client.DataAsync("""{ adminChanges(from: "2019-01-01") { kind from { name } to { code name } } }"""))["adminChanges"]!.AsArray();
        var all = (await Client.DataAsync("{ adminChanges { id } }"))["adminChanges"]!.AsArray();

        Assert.Equal(["140403", "140404", "140405", "140406"], changzhi.Select(c => c!["to"]![0]!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(["140402", "140411"], changzhi.Single(c => c!["kind"]!.GetValue<string>() == "merge")!["from"]!.AsArray().Select(f => f!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var taigu = Assert.Single(in2019)!;
        Assert.Equal(("太谷县", "140703", "太谷区"), (taigu["from"]![0]!["name"]!.GetValue<string>(), taigu["to"]![0]!["code"]!.GetValue<string>(), taigu["to"]![0]!["name"]!.GetValue<string>()));
        Assert.Equal(9, all.Count);
    }

    [Fact]
    public async Task AnAddressWithTheFormerCountyNameGeocodesToShangdangAndNamesTheChange()
    {
        var result = (await Client.DataAsync("""{ geocode(address: "长治县苏店镇苏店村") { best { code name } followedChanges { kind lineageKind from { name } to { name } } } }"""))["geocode"]!;

        Assert.StartsWith("140404", result["best"]!["code"]!.GetValue<string>(), StringComparison.Ordinal);
        var change = Assert.Single(result["followedChanges"]!.AsArray())!;
        Assert.Equal(("RENAMED", "长治县", "上党区"), (change["lineageKind"]!.GetValue<string>(), change["from"]![0]!["name"]!.GetValue<string>(), change["to"]![0]!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(1000, 1000, true)]
    [InlineData(581, 581, true)]
    [InlineData(1368, 1400, true)]
    [InlineData(1500, 1500, false)]
    [InlineData(300, 580, false)]
    public async Task ANameUsedFrom581To1368IsFoundForTheYearsItWasInUseOnly(int fromYear, int toYear, bool found)
    {
        var ids = await IdsAsync(new { fromYear, toYear });

        Assert.Equal(found, ids.Contains(HistoryApiFixture.SuiToYuan));
    }

    [Theory]
    [InlineData("唐", true, false)]
    [InlineData("T'ang", true, false)]
    [InlineData("隋", true, false)]
    [InlineData("清", false, false)]
    [InlineData("秦", false, true)]
    [InlineData("Qin", false, true)]
    public async Task DynastyQueriesFindTheNamesInUseDuringTheDynasty(string dynasty, bool suiToYuan, bool qin)
    {
        var ids = await IdsAsync(new { dynasty });

        Assert.Equal(suiToYuan, ids.Contains(HistoryApiFixture.SuiToYuan));
        Assert.Equal(qin, ids.Contains(HistoryApiFixture.Qin));
    }

    [Fact]
    public async Task BceYearsAreNegativeAndCompareInOrder()
    {
        var ids = await IdsAsync(new { fromYear = -210, toYear = -208 });
        var record = (await Client.DataAsync($$"""{ historicalName(id: "{{HistoryApiFixture.Qin}}") { beginYear endYear beginPrecision } }"""))["historicalName"]!;

        Assert.Contains(HistoryApiFixture.Qin, ids);
        Assert.DoesNotContain(HistoryApiFixture.SuiToYuan, ids);
        Assert.Equal((-221, -207, "DYNASTY"), (record["beginYear"]!.GetValue<int>(), record["endYear"]!.GetValue<int>(), record["beginPrecision"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("Hung-t'ung")]
    [InlineData("hongtong")]
    [InlineData("洪洞縣")]
    [InlineData("杨县")]
    [InlineData("洪崖")]
    [InlineData("义宁二年改名")]
    public async Task HistorianSearchFindsHongtongByWadeGilesTraditionalFormerNameAndItsTexts(string text)
    {
        var ids = await IdsAsync(new { text });

        Assert.Contains(HistoryApiFixture.Hongtong, ids);
        Assert.DoesNotContain(HistoryApiFixture.Qin, ids);
    }

    [Fact]
    public async Task TextAndYearsCombine()
    {
        Assert.Contains(HistoryApiFixture.Hongtong, await IdsAsync(new { text = "Hung-t'ung", fromYear = 1900, toYear = 2000 }));
        Assert.DoesNotContain(HistoryApiFixture.Hongtong, await IdsAsync(new { text = "Hung-t'ung", toYear = 600 }));
    }

    [Fact]
    public async Task AHistoricalNameAnswersItsCitationsLineageAndSupersedes()
    {
        var name = (await Client.DataAsync($$"""
            { historicalName(id: "{{HistoryApiFixture.Hongtong}}") {
                name traditional status listLevel listCategory provenance romanization { wadeGiles }
                citations { source page certainty }
                supersedes { kind year from { name historicalName { id } } to { name historicalName { id } } }
                supersededBy { kind }
            } }
            """))["historicalName"]!;

        Assert.Equal(("洪洞縣", "IN_USE", "PROVINCE", "SAMPLE"), (name["traditional"]!.GetValue<string>(), name["status"]!.GetValue<string>(),
            name["listLevel"]!.GetValue<string>(), name["provenance"]!.GetValue<string>()));
        Assert.StartsWith("Hung-t'ung", name["romanization"]!["wadeGiles"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["CERTAIN", "PROBABLE"], name["citations"]!.AsArray().Select(c => c!["certainty"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var rename = Assert.Single(name["supersedes"]!.AsArray())!;
        Assert.Equal(("RENAMED", 618, "杨县"), (rename["kind"]!.GetValue<string>(), rename["year"]!.GetValue<int>(), rename["from"]![0]!["name"]!.GetValue<string>()));
        Assert.Null(rename["from"]![0]!["historicalName"]);
        Assert.Empty(name["supersededBy"]!.AsArray());
    }

    [Fact]
    public async Task PagesFollowEachOtherWithoutGapsOrRepeats()
    {
        var first = (await Client.DataAsync(Names, new { first = 10 }))["historicalNames"]!;
        var second = (await Client.DataAsync(Names, new { first = 10, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["historicalNames"]!;
        var all = (await Client.DataAsync(Names, new { first = 20 }))["historicalNames"]!;

        static IEnumerable<string> Ids(JsonNode page) => page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>());
        Assert.Equal(Ids(all), Ids(first).Concat(Ids(second)));
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(38, first["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheDynastyTableIsServedInOrderWithSources()
    {
        var dynasties = (await Client.DataAsync("{ dynasties { name nameEn startYear endYear source } }"))["dynasties"]!.AsArray();

        var tang = dynasties.Single(d => d!["name"]!.GetValue<string>() == "唐")!;
        Assert.Equal((618, 907), (tang["startYear"]!.GetValue<int>(), tang["endYear"]!.GetValue<int>()));
        Assert.True(dynasties.Select(d => d!["startYear"]!.GetValue<int>()).Zip(dynasties.Skip(1).Select(d => d!["startYear"]!.GetValue<int>())).Count(p => p.First > p.Second) <= 3);
        Assert.All(dynasties, d => Assert.False(string.IsNullOrEmpty(d!["source"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData("""{ historicalNames(filter: { fromYear: 1500, toYear: 1000 }) { totalCount } }""", "BAD_USER_INPUT", "reversed")]
    [InlineData("""{ historicalNames(filter: { fromYear: 0 }) { totalCount } }""", "BAD_USER_INPUT", "no year 0")]
    [InlineData("""{ historicalNames(filter: { toYear: 0 }) { totalCount } }""", "BAD_USER_INPUT", "no year 0")]
    [InlineData("""{ historicalNames(filter: { dynasty: "大秦帝国" }) { totalCount } }""", "BAD_USER_INPUT", "唐 (Tang)")]
    [InlineData("""{ historicalNames(filter: { divisionCode: "14x" }) { totalCount } }""", "BAD_USER_INPUT", "14x")]
    [InlineData("""{ historicalNames(first: 501) { totalCount } }""", "LIMIT_EXCEEDED", "500")]
    [InlineData("""{ division(code: "149999", asOf: "2017-01-01") { name } }""", "NOT_FOUND", "149999")]
    [InlineData("""{ adminChanges(code: "149999") { id } }""", "NOT_FOUND", "149999")]
    [InlineData("""{ adminChanges(from: "2019-01-01", to: "2018-01-01") { id } }""", "BAD_USER_INPUT", "reversed")]
    [InlineData("""{ placeByCode(code: "140404") { nameAsOf(year: 0) } }""", "BAD_USER_INPUT", "no year 0")]
    [InlineData("""{ historicalName(id: "12345678") { name } }""", "NOT_FOUND", "12345678")]
    public async Task BadInputGetsAClearErrorWithItsCode(string query, string code, string message)
    {
        var answer = await Client.PostAsync(query);

        Assert.Equal(code, answer.FirstCode);
        Assert.Contains(message, answer.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLinkedPlacesExportOverHttpIsValidAndCarriesTheNamesYearsAndCitations()
    {
        using var response = await api.Factory.CreateClient().GetAsync("/export/historical-names.lpf.json?baseUri=https://gazetteer.example/");
        var collection = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(CivilAffairs.Gazetteer.Testing.LinkedPlacesFormat.Problems(collection));
        var hongtong = collection["features"]!.AsArray().Single(f => f!["@id"]!.GetValue<string>() == $"https://gazetteer.example/historical-name:{HistoryApiFixture.Hongtong}")!;
        Assert.Equal("洪洞县", hongtong["properties"]!["title"]!.GetValue<string>());
        var names = hongtong["names"]!.AsArray();
        Assert.Equal(["zh-Hans", "zh-Hant", "zh-Latn-wadegile"], names.Select(n => n!["lang"]!.GetValue<string>()));
        Assert.StartsWith("Hung-t'ung", names[2]!["toponym"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("0618", names[0]!["when"]!["timespans"]![0]!["start"]!["in"]!.GetValue<string>());
        Assert.Equal(["certain", "less-certain"], names[0]!["citations"]!.AsArray().Select(c => c!["certainty"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var yuan = collection["features"]!.AsArray().Single(f => f!["properties"]!["title"]!.GetValue<string>() == "样例古州")!;
        Assert.StartsWith("山西省地名数据库", yuan["names"]![0]!["citations"]![0]!["label"]!.GetValue<string>(), StringComparison.Ordinal);
        var qin = collection["features"]!.AsArray().Single(f => f!["properties"]!["title"]!.GetValue<string>() == "样例秦县")!;
        Assert.Equal(("-0220", "-0206"), (qin["when"]!["timespans"]![0]!["start"]!["earliest"]!.GetValue<string>(), qin["when"]!["timespans"]![0]!["end"]!["in"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheExportRefusesABaseUriThatIsNotAUri()
    {
        using var response = await api.Factory.CreateClient().GetAsync("/export/historical-names.lpf.json?baseUri=not%20a%20uri");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not an absolute URI", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
