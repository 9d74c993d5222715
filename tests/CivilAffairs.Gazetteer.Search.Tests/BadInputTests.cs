using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Search.Tests;

public sealed class BadInputTests(IndexedGazetteer gazetteer) : IClassFixture<IndexedGazetteer>
{
    public static TheoryData<string> Refused => new() { "", "   ", "\t\n", new string('洪', 10_000) };

    public static TheoryData<string> Unmatched => new()
    {
        "😀🏔️", "AND OR ( * ?", "洪洞 AND (", "name:洪洞*", "'; DROP TABLE place; --", "1' OR '1'='1", "\\", "\"", "~", "-+!",
        "\u200b", "ꙮ", "𣵦",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void EmptyOrOverlongTextIsRefusedWithAnExplanation(string text)
    {
        var search = Assert.Throws<InvalidSearchException>(() => gazetteer.Search.Search(text));
        var suggest = Assert.Throws<InvalidSearchException>(() => gazetteer.Autocomplete.Suggest(text));

        Assert.Matches("empty|at most 100", search.Message);
        Assert.Equal("prefix", suggest.ParamName);
    }

    [Fact]
    public void TextWithAnUnpairedSurrogateIsRefusedNotFailed()
    {
        // Built in code: xunit would replace a lone surrogate in attribute data by U+FFFD.
        foreach (var text in new[] { "洪洞" + '\ud800', '\udc00' + "洪洞", "hong" + '\ud800' + "tong" })
        {
            var search = Assert.Throws<InvalidSearchException>(() => gazetteer.Search.Search(text));
            var suggest = Assert.Throws<InvalidSearchException>(() => gazetteer.Autocomplete.Suggest(text));

            Assert.Contains("broken character", search.Message);
            Assert.Equal("prefix", suggest.ParamName);
        }
        // A whole pair (Extension B) is a character like any other.
        Assert.Empty(gazetteer.Search.Search("𣵦水").Edges);
    }

    [Theory]
    [MemberData(nameof(Unmatched))]
    public void SyntaxEmojiAndSqlAreJustTextThatMatchesNothing(string text)
    {
        Assert.Empty(gazetteer.Search.Search(text).Edges);
        Assert.Empty(gazetteer.Autocomplete.Suggest(text));
    }

    [Fact]
    public void LuceneSyntaxAroundANameStillFindsTheName()
    {
        Assert.Equal("洪洞县", gazetteer.Search.Search("(洪洞*)").Edges[0].Hit.Name);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void APageSizeOutsideOneToAHundredIsRefused(int first)
    {
        var error = Assert.Throws<InvalidSearchException>(() => gazetteer.Search.Search("洪洞", first: first));
        Assert.Equal("first", error.ParamName);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("c2VhcmNoOi0x")]
    [InlineData("c2VhcmNoOjIxNDc0ODM2NDY=")]
    [InlineData("")]
    public void AForeignCursorIsRefused(string after)
    {
        var error = Assert.Throws<InvalidSearchException>(() => gazetteer.Search.Search("洪洞", after: after));
        Assert.Equal("after", error.ParamName);
    }

    [Theory]
    [InlineData(double.NaN, 36)]
    [InlineData(111, 91)]
    [InlineData(181, 36)]
    [InlineData(double.PositiveInfinity, 36)]
    public void APointOffTheEarthIsRefused(double lon, double lat)
    {
        var near = new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(lon, lat));
        var error = Assert.Throws<InvalidSearchException>(() => gazetteer.Search.Search("洪洞", near: near));
        Assert.Equal("near", error.ParamName);
    }

    [Theory]
    [InlineData("1410241")]
    [InlineData("abc")]
    [InlineData("140024")]
    public void AMalformedDivisionCodeIsRefused(string code)
    {
        var error = Assert.Throws<InvalidSearchException>(() => gazetteer.Search.Search("洪洞", new SearchFilter(DivisionCode: code)));
        Assert.Contains("not a division code", error.Message);
    }
}
