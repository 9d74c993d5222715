using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

public sealed class ChineseScriptTests
{
    [Theory]
    [InlineData("洪洞縣", "洪洞县")]
    [InlineData("臺灣", "台湾")]
    [InlineData("雲岡區", "云冈区")]
    [InlineData("鄉寧縣", "乡宁县")]
    [InlineData("乾隆", "乾隆")]
    [InlineData("𣵦河", "𣵦河")]
    [InlineData("Taiyuan 1号", "Taiyuan 1号")]
    public void TraditionalBecomesSimplified(string traditional, string simplified)
    {
        Assert.Equal(simplified, ChineseScript.ToSimplified(traditional));
    }

    [Theory]
    [InlineData("洪洞县", "洪洞縣")]
    [InlineData("五台山", "五臺山")]
    [InlineData("云冈区", "雲岡區")]
    [InlineData("后土祠", "后土祠")]
    [InlineData("后村", "後村")]
    [InlineData("十里堡", "十里堡")]
    [InlineData("发展路", "發展路")]
    [InlineData("余吾镇", "余吾鎮")]
    public void SimplifiedBecomesTheTraditionalFormPlaceNamesUse(string simplified, string traditional)
    {
        Assert.Equal(traditional, ChineseScript.ToTraditional(simplified));
    }

    [Theory]
    [InlineData("发", new[] { "發", "髮" })]
    [InlineData("台", new[] { "台", "檯", "臺", "颱" })]
    [InlineData("后", new[] { "后", "後" })]
    [InlineData("洪", new[] { "洪" })]
    public void EveryTraditionalFormOfACharacterIsListed(string simplified, string[] forms)
    {
        Assert.Equal(forms, ChineseScript.TraditionalForms(simplified));
    }

    [Fact]
    public void EveryDivisionNameSurvivesARoundTripThroughTraditional()
    {
        var names = DivisionNames.All().ToList();

        var broken = names.Where(n => ChineseScript.ToSimplified(ChineseScript.ToTraditional(n)) != n).Distinct().ToList();

        // The official table writes a few names with traditional characters (迴源峧, 官磑, 軨桥):
        // simplifying them is right, so they are the only names allowed to change.
        var writtenTraditional = names.Where(n => ChineseScript.ToSimplified(n) != n).Distinct().ToList();
        Assert.Equal(23_380, names.Count);
        Assert.Equal(writtenTraditional, broken);
        Assert.True(broken.Count < 10, $"{broken.Count} names change: {string.Join(", ", broken)}");
    }

    [Theory]
    [InlineData("迴源峧村村委会", "回源峧村村委会")]
    [InlineData("官磑村委会", "官硙村委会")]
    public void NamesTheTableWritesInTraditionalCharactersAreSimplified(string official, string simplified)
    {
        Assert.Equal(simplified, ChineseScript.ToSimplified(official));
    }
}
