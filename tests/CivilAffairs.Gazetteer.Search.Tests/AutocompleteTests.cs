using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Search.Tests;

public sealed class AutocompleteTests(IndexedGazetteer gazetteer) : IClassFixture<IndexedGazetteer>
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    [Theory]
    [InlineData("hongt", "洪洞县")]
    [InlineData("hdx", "洪洞县")]
    [InlineData("洪", "洪洞县")]
    [InlineData("洪洞縣", "洪洞县")]
    [InlineData("linf", "临汾市")]
    [InlineData("大槐", "大槐树镇")]
    public void TheCountyIsSuggestedFirst(string prefix, string expected)
    {
        var suggestions = gazetteer.Autocomplete.Suggest(prefix);

        Assert.Equal(expected, suggestions[0].Text);
    }

    [Fact]
    public void OnlyNamesStartingWithThePrefixAreSuggested()
    {
        var suggestions = gazetteer.Autocomplete.Suggest("洪洞", limit: 50);

        Assert.Contains(suggestions, s => s.Text == "洪洞村");
        Assert.DoesNotContain(suggestions, s => s.Text == "东洪洞村");
    }

    [Fact]
    public void SuggestionsLeanTowardsThePointGiven()
    {
        var xiangyuan = Wgs84.CreatePoint(new Coordinate(112.83, 36.53));
        var lingqiu = Wgs84.CreatePoint(new Coordinate(114.36, 39.62));

        Assert.Equal("140423100253", gazetteer.Autocomplete.Suggest("dongg", xiangyuan)[0].Hit.Code);
        Assert.Equal("140224100204", gazetteer.Autocomplete.Suggest("dongg", lingqiu)[0].Hit.Code);
    }

    [Fact]
    public void TheLimitIsRespected()
    {
        Assert.Single(gazetteer.Autocomplete.Suggest("h", limit: 1));
    }
}
