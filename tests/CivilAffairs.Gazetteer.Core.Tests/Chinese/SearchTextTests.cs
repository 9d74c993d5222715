using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("洪洞縣", "洪洞县")]
    [InlineData("  洪 洞·县 ", "洪洞县")]
    [InlineData("（洪洞县）", "洪洞县")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("Hong Tong", "hongtong")]
    [InlineData("\uF900", "岂")]
    [InlineData("峯", "峰")]
    [InlineData("十里堡村", "十里堡村")]
    [InlineData("𣵦", "𣵦")]
    [InlineData("", "")]
    [InlineData("。，", "")]
    public void NamesAndQueriesFoldToOneForm(string text, string normalized)
    {
        Assert.Equal(normalized, SearchText.Normalize(text));
    }

    [Fact]
    public void LoneSurrogatesAreDropped()
    {
        Assert.Equal("洪洞", SearchText.Normalize("洪" + '\uD800' + "洞"));
    }
}
