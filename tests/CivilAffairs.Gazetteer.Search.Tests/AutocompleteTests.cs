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

    [Theory]
    [InlineData("h", null)]
    [InlineData("d", "1410")]
    [InlineData("洪", null)]
    [InlineData("东", "140423")]
    [InlineData("hdx", null)]
    [InlineData("dongg", null)]
    [InlineData("Hung-t'ung", null)]
    public void WeightsFromTheDocumentsGiveTheCandidatesOfTheWeightClauses(string prefix, string? division)
    {
        var query = SearchQuery.Read(prefix, "prefix");
        var filter = new SearchFilter(DivisionCode: division);
        var clauses = LuceneQueries.Candidates(query, filter, prefixOnly: true)!;
        var weighted = LuceneQueries.Weighted(query, filter, prefixOnly: true)!;

        gazetteer.Index.WithSearcher(searcher =>
        {
            foreach (var size in new[] { 1, 30, 100, 1000 })
            {
                var expected = searcher.Search(clauses, size);
                var actual = weighted.Search(searcher, size);
                Assert.True(expected.ScoreDocs.Length > 0, $"{prefix} finds nothing to compare");
                Assert.Equal(expected.TotalHits, actual.TotalHits);
                Assert.Equal(expected.ScoreDocs.Select(d => d.Doc), actual.ScoreDocs.Select(d => d.Doc));
            }
            return 0;
        });
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
