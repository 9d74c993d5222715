using System.Net;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class RomanizeQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Romanize = """
        query($text: String!) {
          romanize(text: $text) {
            withTones toneless sign key initials wadeGiles needsReview alternatives
            readingNotes { fragment reading localReading source note uncertain }
          }
        }
        """;

    private GraphQLClient Client => new(api.Factory.CreateClient());

    private async Task<JsonNode> RomanizeAsync(string text) => (await Client.DataAsync(Romanize, new { text }))["romanize"]!;

    private static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();

    [Theory]
    [InlineData("洪洞县", "Hóngtóng Xiàn", "Hongtong Xian", "HONGTONG XIAN", "hongtongxian", "htx", "Hung-t'ung Hsien")]
    [InlineData("隰县", "Xí Xiàn", "Xi Xian", "XI XIAN", "xixian", "xx", "Hsi Hsien")]
    [InlineData("吕梁市", "Lǚliáng Shì", "Lüliang Shi", "LÜLIANG SHI", "lvliangshi", "lls", "Lü-liang Shih")]
    [InlineData("太原市", "Tàiyuán Shì", "Taiyuan Shi", "TAIYUAN SHI", "taiyuanshi", "tys", "T'ai-yüan Shih")]
    [InlineData("洪洞縣", "Hóngtóng Xiàn", "Hongtong Xian", "HONGTONG XIAN", "hongtongxian", "htx", "Hung-t'ung Hsien")]
    public async Task ANameComesBackInEveryForm(string name, string withTones, string toneless, string sign, string key, string initials, string wadeGiles)
    {
        var forms = await RomanizeAsync(name);

        Assert.Equal(withTones, Text(forms, "withTones"));
        Assert.Equal(toneless, Text(forms, "toneless"));
        Assert.Equal(sign, Text(forms, "sign"));
        Assert.Equal(key, Text(forms, "key"));
        Assert.Equal(initials, Text(forms, "initials"));
        Assert.Equal(wadeGiles, Text(forms, "wadeGiles"));
        Assert.False(forms["needsReview"]!.GetValue<bool>());
        Assert.Empty(forms["alternatives"]!.AsArray());
    }

    [Fact]
    public async Task AnUnsettledPolyphoneIsFlaggedWithItsAlternatives()
    {
        var forms = await RomanizeAsync("王堡村");

        Assert.True(forms["needsReview"]!.GetValue<bool>());
        var alternatives = forms["alternatives"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.NotEmpty(alternatives);
        Assert.DoesNotContain(Text(forms, "withTones"), alternatives);
        // 堡 is read bǎo, bǔ or pù: the shown reading and the alternatives cover all three.
        var readings = alternatives.Append(Text(forms, "withTones")).ToList();
        Assert.Contains(readings, r => r.Contains("bǎo", StringComparison.Ordinal));
        Assert.Contains(readings, r => r.Contains("pù", StringComparison.Ordinal));
        Assert.All(readings, r => Assert.StartsWith("Wáng", r, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASpecialReadingComesWithItsNote()
    {
        var notes = (await RomanizeAsync("洪洞县"))["readingNotes"]!.AsArray();

        var note = Assert.Single(notes)!;
        Assert.Equal("洪洞", Text(note, "fragment"));
        Assert.Equal("hóng tóng", Text(note, "reading"));
        Assert.Equal("hóng dòng", Text(note, "localReading"));
        Assert.False(string.IsNullOrWhiteSpace(Text(note, "source")));
        Assert.False(note["uncertain"]!.GetValue<bool>());
        Assert.Empty((await RomanizeAsync("吕梁市"))["readingNotes"]!.AsArray());
    }

    [Fact]
    public async Task ACharacterWithoutAReadingIsFlaggedNotDropped()
    {
        var forms = await RomanizeAsync("𣵦沟村");

        Assert.True(forms["needsReview"]!.GetValue<bool>());
        Assert.Contains("gōucūn", Text(forms, "withTones"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("", "text is empty")]
    [InlineData("   ", "text is empty")]
    [InlineData("Hongtong", "has no Chinese characters")]
    [InlineData("Hung-t'ung Hsien", "has no Chinese characters")]
    [InlineData("12345", "has no Chinese characters")]
    [InlineData("，。！", "has no Chinese characters")]
    public async Task TextThatIsNoChineseNameIsABadUserInput(string text, string explanation)
    {
        var answer = await Client.PostAsync(Romanize, new { text });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains(explanation, answer.FirstMessage, StringComparison.Ordinal);
        Assert.Contains("洪洞县", answer.FirstMessage, StringComparison.Ordinal);
        Assert.Null(answer.Json["data"]);
    }

    [Fact]
    public async Task TextOverTwoHundredCharactersIsABadUserInput()
    {
        var answer = await Client.PostAsync(Romanize, new { text = string.Concat(Enumerable.Repeat("洪洞县", 67)) });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("201 characters", answer.FirstMessage, StringComparison.Ordinal);
        Assert.Contains("at most 200", answer.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoHundredCharactersCountingExtensionBAsOneAreRomanized()
    {
        // 𣵦 is two UTF-16 units but one character: 100 of them plus 100 沟 are exactly 200.
        var text = string.Concat(Enumerable.Repeat("𣵦沟", 100));

        var forms = await RomanizeAsync(text);

        Assert.True(forms["needsReview"]!.GetValue<bool>());
        Assert.Contains("gōu", Text(forms, "withTones"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnUnpairedSurrogateDoesNotBreakTheName()
    {
        // JSON carries no unpaired surrogate: it arrives as U+FFFD, a symbol, and is skipped like punctuation.
        var forms = await RomanizeAsync("\uD800洪洞县");

        Assert.Equal("Hóngtóng Xiàn", Text(forms, "withTones"));
        Assert.Equal("Hung-t'ung Hsien", Text(forms, "wadeGiles"));
    }

    [Fact]
    public async Task MissingTextIsRefusedBeforeItRuns()
    {
        var answer = await Client.PostAsync("{ romanize { withTones } }");

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("text", answer.FirstMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlaceRomanizationAddsWadeGilesToTheStoredForms()
    {
        var place = (await Client.DataAsync("""
            { placeByCode(code: "149901") { romanization { withTones sign key initials wadeGiles needsReview alternatives readingNotes { fragment } } } }
            """))["placeByCode"]!["romanization"]!;

        Assert.Equal("Yànglì Xiàn", Text(place, "withTones"));
        Assert.Equal("YANGLI XIAN", Text(place, "sign"));
        Assert.Equal("yanglixian", Text(place, "key"));
        Assert.Equal("Yang-li Hsien", Text(place, "wadeGiles"));
        Assert.False(place["needsReview"]!.GetValue<bool>());
        Assert.Empty(place["alternatives"]!.AsArray());
        Assert.Empty(place["readingNotes"]!.AsArray());
    }

    [Fact]
    public async Task APlaceWithoutStoredColumnsIsRomanizedFromItsName()
    {
        var data = await Client.DataAsync("""
            { places(filter: { divisionCode: "149901100" }, first: 100) { edges { node { name romanization { withTones wadeGiles } } } } }
            """);
        var byName = data["places"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToDictionary(n => Text(n, "name"));

        Assert.Equal("Jiǎ Zhèn", Text(byName["甲镇"]!["romanization"]!, "withTones"));
        Assert.Equal("Chia Chen", Text(byName["甲镇"]!["romanization"]!, "wadeGiles"));
        // Villages are written as one word (王村 → Wángcūn).
        Assert.Equal("Zhāngjiāzhuāngcūn", Text(byName["张家庄村"]!["romanization"]!, "withTones"));
    }

    [Fact]
    public async Task AReviewedStoredReadingKeepsTheDerivedOneAsAnAlternative()
    {
        await using (var command = api.Database.DataSource.CreateCommand("""
            INSERT INTO place (name, category, division_code, geom, point, provenance, romanized, romanized_toneless, pinyin_key, pinyin_initials, reading_needs_review)
            VALUES ('王堡', 'test_village', '149901200000', ST_SetSRID(ST_MakePoint(111.95, 36.3), 4326), ST_SetSRID(ST_MakePoint(111.95, 36.3), 4326),
                    'sample', 'Wángpù', 'Wangpu', 'wangpu', 'wp', false)
            RETURNING id
            """))
        {
            var id = (long)(await command.ExecuteScalarAsync())!;
            var place = (await Client.DataAsync($$"""{ place(id: {{id}}) { romanization { withTones wadeGiles needsReview alternatives } } }"""))["place"]!["romanization"]!;

            Assert.Equal("Wángpù", Text(place, "withTones"));
            // The derived Wade-Giles (Wang-pao) would contradict the reviewed reading.
            Assert.Null(place["wadeGiles"]);
            Assert.False(place["needsReview"]!.GetValue<bool>());
            var alternatives = place["alternatives"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
            Assert.Contains("Wángbǎo", alternatives);
            Assert.DoesNotContain("Wángpù", alternatives);
        }
    }
}
