namespace CivilAffairs.Gazetteer.Search.Tests;

public sealed class TypedTextTests
{
    [Theory]
    [InlineData("hóngtóng", "hongtong")]
    [InlineData("Hong Tong", "hongtong")]
    [InlineData("hong2 tong2", "hongtong")]
    [InlineData("Lǚliáng", "lvliang")]
    [InlineData("Lüliang", "lvliang")]
    [InlineData("Xī'ān", "xian")]
    [InlineData("ＨＯＮＧ", "hong")]
    public void LatinTextBecomesAPinyinKey(string typed, string key)
    {
        Assert.Equal(key, TypedText.Read(typed).Latin);
    }

    [Theory]
    [InlineData(" 洪洞 县 ", "洪洞县")]
    [InlineData("洪洞县！", "洪洞县")]
    [InlineData("贾村３组", "贾村3组")]
    [InlineData("𣵦水", "𣵦水")]
    [InlineData("😀", "")]
    public void NamesKeepTheirCharactersAndLoseSpacesAndPunctuation(string typed, string name)
    {
        var text = TypedText.Read(typed);

        Assert.Equal(name, text.Name);
        Assert.Equal("", text.Latin);
    }
}
