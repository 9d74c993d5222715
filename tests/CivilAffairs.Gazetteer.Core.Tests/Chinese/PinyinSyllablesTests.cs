using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

public sealed class PinyinSyllablesTests
{
    [Theory]
    [InlineData("hongtong", "hong tong")]
    [InlineData("hong tong", "hong tong")]
    [InlineData("hóngtóng", "hong tong")]
    [InlineData("HongTong", "hong tong")]
    [InlineData("hong2tong2", "hong tong")]
    [InlineData("xian", "xian")]
    [InlineData("Xi'an", "xi an")]
    [InlineData("Xī’ān", "xi an")]
    [InlineData("lüliang", "lv liang")]
    [InlineData("lvliang", "lv liang")]
    [InlineData("Lǚliáng", "lv liang")]
    [InlineData("zhangjiazhuangcun", "zhang jia zhuang cun")]
    [InlineData("fangan", "fang an")]
    [InlineData("hong-tong xian", "hong tong xian")]
    public void TypedPinyinSplitsIntoSyllables(string typed, string syllables)
    {
        Assert.Equal(syllables.Split(' '), PinyinSyllables.Segment(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("洪洞")]
    [InlineData("hongtongq")]
    [InlineData("Hung-t'ung")]
    [InlineData("hello!")]
    public void TextThatIsNotPinyinGivesNull(string typed)
    {
        Assert.Null(PinyinSyllables.Segment(typed));
    }
}
