using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

/// <summary>The 1984 rules for Chinese place names (GB/T 16159), one row per example of DOMAIN.md.</summary>
public sealed class RomanizationRulesTests
{
    private static readonly PlaceNameRomanizer Romanizer = PlaceNameRomanizer.Shared;

    [Theory]
    // Specific and generic apart, each capitalised.
    [InlineData("洪洞县", "Hóngtóng Xiàn")]
    [InlineData("太行山", "Tàiháng Shān")]
    [InlineData("汾河", "Fén Hé")]
    // A single-syllable specific still stands apart.
    [InlineData("隰县", "Xí Xiàn")]
    [InlineData("盂县", "Yú Xiàn")]
    // Natural villages and towns are one word.
    [InlineData("王村", "Wángcūn")]
    [InlineData("冯村", "Féngcūn")]
    // A generic grown into the name is part of it.
    [InlineData("城区", "Chéngqū")]
    [InlineData("矿区", "Kuàngqū")]
    // Numbers are spelt out.
    [InlineData("五台县", "Wǔtái Xiàn")]
    [InlineData("经5路", "Jīngwǔ Lù")]
    [InlineData("12号路", "Shí'èrhào Lù")]
    // Apostrophe before a, o, e inside a word.
    [InlineData("西安市", "Xī'ān Shì")]
    [InlineData("永安县", "Yǒng'ān Xiàn")]
    // ü keeps its dots.
    [InlineData("吕梁市", "Lǚliáng Shì")]
    public void NamesAreWrittenByThe1984Rules(string name, string withTones)
    {
        Assert.Equal(withTones, Romanizer.Romanize(name).WithTones);
    }

    [Theory]
    [InlineData("洪洞县", "Hongtong Xian", "HONGTONG XIAN", "hongtongxian", "htx")]
    [InlineData("西安市", "Xi'an Shi", "XI'AN SHI", "xianshi", "xas")]
    [InlineData("吕梁市", "Lüliang Shi", "LÜLIANG SHI", "lvliangshi", "lls")]
    [InlineData("城区", "Chengqu", "CHENGQU", "chengqu", "cq")]
    public void EveryFormIsDerivedFromTheSameReading(string name, string toneless, string sign, string key, string initials)
    {
        var romanization = Romanizer.Romanize(name);

        Assert.Equal(toneless, romanization.Toneless);
        Assert.Equal(sign, romanization.Sign);
        Assert.Equal(key, romanization.Key);
        Assert.Equal(initials, romanization.Initials);
        Assert.False(romanization.NeedsReview);
    }

    [Theory]
    [InlineData("平鲁区", "平陆县")]
    [InlineData("新绛县", "新疆")]
    public void HomophonesShareTheirKeyButNotTheirTones(string first, string second)
    {
        var a = Romanizer.Romanize(PlaceNameParts.Split(first).Specific);
        var b = Romanizer.Romanize(PlaceNameParts.Split(second).Specific);

        Assert.Equal(a.Key, b.Key);
        Assert.NotEqual(a.WithTones, b.WithTones);
    }

    [Theory]
    [InlineData("贾村村民委员会", "Jiǎcūn")]
    [InlineData("贾村村委会", "Jiǎcūn")]
    [InlineData("王家村委会", "Wángjiācūn")]
    [InlineData("师范街社区居委会", "Shīfànjiē Shèqū")]
    public void CommitteesAreRomanizedAsThePlaceTheyName(string committee, string withTones)
    {
        Assert.Equal(withTones, Romanizer.Romanize(committee).WithTones);
    }

    [Theory]
    [InlineData("洪洞县", "洪洞", "县")]
    [InlineData("隰县", "隰", "县")]
    [InlineData("城区", "城区", null)]
    [InlineData("坞城街道", "坞城", "街道")]
    [InlineData("大槐树镇", "大槐树", "镇")]
    [InlineData("村", "村", null)]
    public void NamesSplitIntoSpecificAndGeneric(string name, string specific, string? generic)
    {
        Assert.Equal(new NameParts(specific, generic), PlaceNameParts.Split(name));
    }
}
