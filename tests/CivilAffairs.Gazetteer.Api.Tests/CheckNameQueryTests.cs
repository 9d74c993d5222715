using System.Net;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>checkName over HTTP on the real data: every rule answers, conflicts come back as places, bad input is a clear error.</summary>
public sealed class CheckNameQueryTests(RealDataApiFixture api) : IClassFixture<RealDataApiFixture>
{
    private const string CheckName = """
        query($input: NameCheckInput!) {
          checkName(input: $input) {
            ok
            results { rule summary article outcome explanation conflicts { id name category division { code name } } conflictingProposals { id proposedName state } }
          }
        }
        """;

    private GraphQLClient Client => new(api.Factory.CreateClient());

    private async Task<JsonNode> CheckAsync(object input) => (await Client.DataAsync(CheckName, new { input }))["checkName"]!;

    private static JsonNode Rule(JsonNode report, string rule) =>
        Assert.Single(report["results"]!.AsArray(), r => r!["rule"]!.GetValue<string>() == rule)!;

    private static string Outcome(JsonNode report, string rule) => Rule(report, rule)["outcome"]!.GetValue<string>();

    [Fact]
    public async Task AHomophoneOfPingluComesBackWithBothPlaces()
    {
        var report = await CheckAsync(new { name = "平路县", category = "county", divisionCode = "1408" });

        var homophone = Rule(report, "HOMOPHONE");
        Assert.Equal("WARNING", homophone["outcome"]!.GetValue<string>());
        Assert.Equal(["平陆县", "平鲁区"], homophone["conflicts"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).Order());
        Assert.Contains(homophone["conflicts"]!.AsArray(), p => p!["division"]!["code"]!.GetValue<string>() == "140829");
        Assert.StartsWith("地名管理条例 (2022)", homophone["article"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(report["ok"]!.GetValue<bool>());
        Assert.Equal(13, report["results"]!.AsArray().Count);
    }

    [Fact]
    public async Task ADuplicateVillageSeatIsAViolationInItsCountyOnly()
    {
        var taken = await CheckAsync(new { name = "东关村", category = "village_committee", divisionCode = "140221100" });
        var free = await CheckAsync(new { name = "东关村", category = "village_committee", divisionCode = "141024100" });

        Assert.Equal("VIOLATION", Outcome(taken, "UNIQUE"));
        Assert.False(taken["ok"]!.GetValue<bool>());
        Assert.Equal("PASS", Outcome(free, "UNIQUE"));
        Assert.True(free["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ChengquIsAGenericOnlyNameAndAWrongRomanizationIsNamed()
    {
        var report = await CheckAsync(new { name = "城区", category = "county", divisionCode = "1405", romanization = "City District" });

        Assert.Equal("WARNING", Outcome(report, "GENERIC_ONLY"));
        Assert.Equal("VIOLATION", Outcome(report, "ROMANIZATION"));
        Assert.Contains("Chéngqū", Rule(report, "ROMANIZATION")["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        // 城区 is the name of 阳泉's and 晋城's districts already.
        Assert.Equal("VIOLATION", Outcome(report, "UNIQUE"));
    }

    [Fact]
    public async Task ARareCharacterIsAViolation()
    {
        var rare = await CheckAsync(new { name = "北磛石村", category = "village_committee", divisionCode = "141024100" });
        var plain = await CheckAsync(new { name = "北石村", category = "village_committee", divisionCode = "141024100" });

        Assert.Equal("VIOLATION", Outcome(rare, "STANDARD_CHARACTERS"));
        Assert.Contains("磛", Rule(rare, "STANDARD_CHARACTERS")["explanation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("PASS", Outcome(plain, "STANDARD_CHARACTERS"));
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        { "", "village_committee", "141024", "empty" },
        { new string('村', 500), "village_committee", "141024", "500 characters" },
        { "Hongtong", "county", "1410", "letters" },
        { "洪洞😀村", "village_committee", "141024", "U+1F600" },
        { "贾村", "village_committee", "14102", "not a division code" },
        { "贾村", "castle", "141024", "castle" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInputIsABadUserInputError(string name, string category, string divisionCode, string said)
    {
        var answer = await Client.PostAsync(CheckName, new { input = new { name, category, divisionCode } });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains(said, answer.FirstMessage, StringComparison.Ordinal);
        Assert.Null(answer.Json["data"]);
    }

    [Fact]
    public async Task AnUnknownDivisionOrPlaceIsNotFound()
    {
        var division = await Client.PostAsync(CheckName, new { input = new { name = "贾村", category = "village_committee", divisionCode = "149999" } });
        var place = await Client.PostAsync(CheckName, new { input = new { name = "贾村", category = "village_committee", divisionCode = "141024", renames = "999999999" } });

        Assert.Equal(("NOT_FOUND", "NOT_FOUND"), (division.FirstCode, place.FirstCode));
        Assert.Contains("149999", division.FirstMessage, StringComparison.Ordinal);
        Assert.Contains("999999999", place.FirstMessage, StringComparison.Ordinal);
    }
}
