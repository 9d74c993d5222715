using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Search.Tests;

public sealed class PlaceSearchTests(IndexedGazetteer gazetteer) : IClassFixture<IndexedGazetteer>
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private PlaceSearch Search => gazetteer.Search;

    [Theory]
    [InlineData("洪洞", "洪洞县", MatchKind.Alias, MatchQuality.Exact)]
    [InlineData("洞县", "洪洞县", MatchKind.Name, MatchQuality.Substring)]
    [InlineData("洪洞县", "洪洞县", MatchKind.Name, MatchQuality.Exact)]
    [InlineData("槐树", "槐树村", MatchKind.Alias, MatchQuality.Exact)]
    [InlineData("槐树镇", "大槐树镇", MatchKind.Name, MatchQuality.Substring, "141024")]
    [InlineData("大槐树寻根祭祖", "洪洞大槐树寻根祭祖园", MatchKind.Name, MatchQuality.Substring)]
    [InlineData("洪洞縣", "洪洞县", MatchKind.Traditional, MatchQuality.Exact)]
    [InlineData("臨汾", "临汾市", MatchKind.Traditional, MatchQuality.Exact)]
    [InlineData("臨汾市", "临汾市", MatchKind.Traditional, MatchQuality.Exact)]
    [InlineData("长治县", "上党区", MatchKind.FormerName, MatchQuality.Exact)]
    [InlineData("甘亭", "甘亭镇", MatchKind.Alias, MatchQuality.Exact)]
    [InlineData("平阳", "平阳郡", MatchKind.Name, MatchQuality.Prefix, null, "historical_name")]
    [InlineData("hongtong", "洪洞县", MatchKind.Pinyin, MatchQuality.Prefix)]
    [InlineData("hong tong", "洪洞县", MatchKind.Pinyin, MatchQuality.Prefix)]
    [InlineData("hóngtóng", "洪洞县", MatchKind.Pinyin, MatchQuality.Prefix)]
    [InlineData("Hóngtóng Xiàn", "洪洞县", MatchKind.Pinyin, MatchQuality.Exact)]
    [InlineData("HONGTONG XIAN", "洪洞县", MatchKind.Pinyin, MatchQuality.Exact)]
    [InlineData("hong2tong2", "洪洞县", MatchKind.Pinyin, MatchQuality.Prefix)]
    [InlineData("hdx", "洪洞县", MatchKind.Initials, MatchQuality.Exact)]
    [InlineData("htx", "洪洞县", MatchKind.Initials, MatchQuality.Exact)]
    [InlineData("hongdong", "洪洞县", MatchKind.Pinyin, MatchQuality.Prefix)]
    [InlineData("hongdongxian", "洪洞县", MatchKind.Pinyin, MatchQuality.Exact)]
    [InlineData("lfs", "临汾市", MatchKind.Initials, MatchQuality.Exact)]
    [InlineData("linfen", "临汾市", MatchKind.Pinyin, MatchQuality.Prefix)]
    [InlineData("tongxian", "洪洞县", MatchKind.Pinyin, MatchQuality.Substring, "1410")]
    [InlineData("Hung-t'ung", "洪洞县", MatchKind.WadeGiles, MatchQuality.Prefix)]
    [InlineData("Hung-t'ung Hsien", "洪洞县", MatchKind.WadeGiles, MatchQuality.Exact)]
    [InlineData("Shang-tang", "上党区", MatchKind.WadeGiles, MatchQuality.Prefix)]
    [InlineData("Lin-fen", "临汾市", MatchKind.Pinyin, MatchQuality.Prefix)]
    [InlineData("ganting", "甘亭镇", MatchKind.Pinyin, MatchQuality.Prefix)]
    [InlineData("gtz", "甘亭镇", MatchKind.Initials, MatchQuality.Exact, "141024")]
    [InlineData("甘亭鎮", "甘亭镇", MatchKind.Traditional, MatchQuality.Exact)]
    [InlineData("東關", "东关镇", MatchKind.Traditional, MatchQuality.Exact)]
    [InlineData("東關", "东关村", MatchKind.Traditional, MatchQuality.Exact, "140224")]
    public void FindsThePlaceFirstAndSaysWhatMatched(
        string typed, string expected, MatchKind matched, MatchQuality quality, string? within = null, string? kind = null)
    {
        // Where the real registry holds several right answers, the search is scoped to the one meant.
        var filter = new SearchFilter(DivisionCode: within, Kinds: kind is null ? null : [kind]);
        var page = Search.Search(typed, filter);

        Assert.NotEmpty(page.Edges);
        var best = page.Edges[0].Hit;
        Assert.Equal(expected, best.Name);
        Assert.Equal(matched, best.Matched);
        Assert.Equal(quality, best.Quality);
    }

    [Fact]
    public void TheCountyComesBeforeVillagesContainingItsName()
    {
        var names = Search.Search("洪洞").Edges.Select(e => e.Hit.Name).ToList();

        Assert.Equal("洪洞县", names[0]);
        Assert.Contains("洪洞村", names);
        Assert.Contains("东洪洞村", names);
        // Prefix before substring: 洪洞村 (starts with it) before 东洪洞村 (contains it).
        Assert.True(names.IndexOf("洪洞村") < names.IndexOf("东洪洞村"));
    }

    [Fact]
    public void HomophonesAreAllFoundByPinyinWithTheCountyFirst()
    {
        var names = Search.Search("hongtong").Edges.Select(e => e.Hit.Name).ToList();

        Assert.Equal("洪洞县", names[0]);
        Assert.Contains("洪洞村", names);
        Assert.Contains("红桐村", names);
    }

    [Fact]
    public void ALaterPinyinWordMatchesAsASubstring()
    {
        var hit = Search.Search("xian", new SearchFilter(DivisionCode: "1410"), first: 50).Edges.Select(e => e.Hit).Single(h => h.Name == "洪洞县");

        Assert.Equal(MatchKind.Pinyin, hit.Matched);
        Assert.Equal(MatchQuality.Substring, hit.Quality);
    }

    [Fact]
    public void ADivisionPrefixFilterKeepsOnlyPlacesInsideIt()
    {
        var everywhere = Search.Search("东关村").Edges.Select(e => e.Hit.Code).ToList();
        var inLingqiu = Search.Search("东关村", new SearchFilter(DivisionCode: "140224")).Edges.Select(e => e.Hit.Code).ToList();

        Assert.Equal(2, everywhere.Count(c => c is "140224100204" or "140423100253"));
        Assert.Equal(["140224100204"], inLingqiu);
    }

    [Fact]
    public void CategoryAndKindFiltersRestrict()
    {
        var villages = Search.Search("洪洞", new SearchFilter(Categories: ["natural_village"])).Edges.Select(e => e.Hit.Name).ToList();
        var pois = Search.Search("洪洞", new SearchFilter(Kinds: ["poi"])).Edges.Select(e => e.Hit.Name).ToList();

        Assert.Equal(["洪洞村", "东洪洞村"], villages);
        Assert.Equal(["洪洞大槐树寻根祭祖园"], pois);
    }

    [Fact]
    public void RejectedPointsOfInterestAreNotSearchable()
    {
        Assert.Empty(Search.Search("被拒").Edges);
    }

    [Theory]
    [InlineData(114.36, 39.62, "140224100204")]
    [InlineData(112.83, 36.53, "140423100253")]
    public void TheNearerOfTwoEqualNamesComesFirst(double lon, double lat, string expectedCode)
    {
        var near = Wgs84.CreatePoint(new Coordinate(lon, lat));

        var best = Search.Search("东关村", near: near).Edges[0].Hit;

        Assert.Equal(expectedCode, best.Code);
        Assert.NotNull(best.DistanceMeters);
        Assert.InRange(best.DistanceMeters!.Value, 0, 10_000);
    }

    [Fact]
    public void CursorsPageThroughOneRankingWithoutGapsOrRepeats()
    {
        // One township of 洪洞县: the whole province holds tens of thousands of 村, past the paging limit.
        var township = new SearchFilter(DivisionCode: "141024102");
        var all = Search.Search("村", township, first: 100).Edges.Select(e => e.Hit.Name + e.Hit.Id).ToList();
        var paged = new List<string>();
        string? after = null;
        SearchPage page;
        do
        {
            page = Search.Search("村", township, first: 2, after: after);
            paged.AddRange(page.Edges.Select(e => e.Hit.Name + e.Hit.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.True(all.Count >= 6);
        Assert.Equal(all, paged);
        Assert.Equal(all.Count, page.TotalCount);
    }
}
