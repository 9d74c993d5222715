using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Search.Geocoding;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>Address variations against the real hierarchy, a row per case.</summary>
[Collection(ImportedHierarchyCollection.Name)]
public sealed class GeocoderTests(ImportedHierarchy imported)
{
    private static readonly DateOnly Today = new(2024, 6, 1);
    private readonly Geocoder geocoder = imported.Geocoder;

    [Theory]
    [InlineData("山西省临汾市洪洞县大槐树镇东冯堡村3组15号", "141024100212", DivisionLevel.Village)]
    [InlineData("临汾洪洞大槐树东冯堡", "141024100212", DivisionLevel.Village)]
    [InlineData("東馮堡村，洪洞縣大槐樹鎮", "141024100212", DivisionLevel.Village)]
    [InlineData("收件人:张伟 电话13912345678 洪洞县大槐树镇东冯堡村委会", "141024100212", DivisionLevel.Village)]
    [InlineData("山西省　临汾市　洪洞县 大槐树镇　东冯堡村 ３组", "141024100212", DivisionLevel.Village)]
    [InlineData("洪洞县东冯堡村民委员会", "141024100212", DivisionLevel.Village)]
    [InlineData("长治县苏店镇苏店村", "140404101200", DivisionLevel.Village)]
    [InlineData("隰县龙泉镇", "141031100000", DivisionLevel.Township)]
    [InlineData("隰县", "141031000000", DivisionLevel.County)]
    [InlineData("运城盐湖", "140802000000", DivisionLevel.County)]
    [InlineData("山西省", "140000000000", DivisionLevel.Province)]
    public void FindsTheUnitTheAddressMeans(string address, string code, DivisionLevel level)
    {
        var result = geocoder.Geocode(address, Today);

        Assert.Equal(GeocodeStatus.Matched, result.Status);
        Assert.Equal(code, result.Best!.Code);
        Assert.Equal(level, result.Best.Level);
        Assert.Equal(code, result.Best.Chain[^1].Code);
        Assert.Equal("140000000000", result.Best.Chain[0].Code);
        Assert.InRange(result.Best.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void AFullAddressIsConfidentAndReportsWhatItDidNotUse()
    {
        var result = geocoder.Geocode("山西省临汾市洪洞县大槐树镇东冯堡村3组15号 张伟", Today);

        Assert.True(result.Best!.Confidence >= 0.9, $"confidence {result.Best.Confidence}");
        Assert.Equal("3组15号张伟", result.UnusedText);
        Assert.Equal(["山西省", "临汾市", "洪洞县", "大槐树镇", "东冯堡村"], result.Best.Chain.Select(c => c.Name));
    }

    [Fact]
    public void AFormerCountyNameIsFollowedToTodaysUnitAndSaysSo()
    {
        var result = geocoder.Geocode("山西省长治市长治县苏店镇苏店村", Today);

        var change = Assert.Single(result.FollowedChanges);
        Assert.Equal(("长治县", "140421", "上党区", "140404"), (change.FormerName, change.FormerCode, change.CurrentName, change.CurrentCode));
        Assert.Equal(2018, change.Date.Year);
    }

    [Fact]
    public void BeforeTheChangeTheFormerCountyIsItself()
    {
        var result = geocoder.Geocode("长治县", new DateOnly(2017, 6, 1));

        Assert.Equal("140421000000", result.Best!.Code);
        Assert.Empty(result.FollowedChanges);
    }

    [Fact]
    public void ASingleCharacterSpecificIsNeverReadAsTheCounty()
    {
        Assert.Equal(GeocodeStatus.NoMatch, geocoder.Geocode("隰", Today).Status);
    }

    [Theory]
    [InlineData("山西省城区", "140302000000", "140502000000")]
    [InlineData("吕梁市柳林县王家庄村", "141125100216", "141125108216")]
    public void NothingToTellUnitsApartGivesEveryOneWithLowConfidence(string address, string oneCode, string otherCode)
    {
        var result = geocoder.Geocode(address, Today);

        Assert.Equal(GeocodeStatus.Ambiguous, result.Status);
        Assert.Contains(result.Alternatives, a => a.Code == oneCode);
        Assert.Contains(result.Alternatives, a => a.Code == otherCode);
        Assert.All(result.Alternatives, a => Assert.True(a.Confidence <= 0.4));
        Assert.Contains("add the township or county", result.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t ")]
    [InlineData(null)]
    public void EmptyAddressesAreInvalidWithAMessage(string? address)
    {
        var result = geocoder.Geocode(address, Today);

        Assert.Equal(GeocodeStatus.Invalid, result.Status);
        Assert.Null(result.Best);
        Assert.Contains("empty", result.Message);
    }

    [Fact]
    public void TenThousandCharactersAreInvalidWithTheLimit()
    {
        var result = geocoder.Geocode(string.Concat(Enumerable.Repeat("洪洞县大槐树镇", 1500))[..10_000], Today);

        Assert.Equal(GeocodeStatus.Invalid, result.Status);
        Assert.Contains("at most 500", result.Message);
    }

    [Theory]
    [InlineData("🏠🚚📦")]
    [InlineData("'; DROP TABLE division; --")]
    [InlineData("Hongtong County, Shanxi")]
    [InlineData("\u0000\u0001\uFFFF")]
    [InlineData("13912345678")]
    public void TextWithoutANameIsNoMatch(string address)
    {
        var result = geocoder.Geocode(address, Today);

        Assert.Equal(GeocodeStatus.NoMatch, result.Status);
        Assert.Null(result.Best);
        Assert.Empty(result.Alternatives);
    }

    [Fact]
    public void StructuredFieldsAreReadLevelByLevel()
    {
        var result = geocoder.GeocodeStructured(new StructuredAddress(City: "临汾", County: "洪洞县", Township: "大槐树镇", Village: "东冯堡村", Detail: "3组15号", AsOf: Today));

        Assert.Equal("141024100212", result.Best!.Code);
        Assert.Equal("3组15号", result.UnusedText);
    }

    [Fact]
    public void ABatchAnswersEachAddressInOrder()
    {
        var results = geocoder.GeocodeBatch(["洪洞县大槐树镇东冯堡村", "", "隰县"], Today);

        Assert.Equal([GeocodeStatus.Matched, GeocodeStatus.Invalid, GeocodeStatus.Matched], results.Select(r => r.Status));
        Assert.Equal("141031000000", results[2].Best!.Code);
    }

    [Fact]
    public void ABatchOverTheLimitIsRefusedWithTheLimit()
    {
        var error = Assert.Throws<BatchTooLargeException>(() => geocoder.GeocodeBatch(Enumerable.Repeat("隰县", 1001).ToList(), Today));

        Assert.Equal(1000, error.Limit);
        Assert.Contains("at most 1000 addresses; this one has 1001", error.Message);
    }
}
