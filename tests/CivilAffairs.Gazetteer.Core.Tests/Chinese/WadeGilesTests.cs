using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

/// <summary>Wade-Giles spellings as old Western maps and literature give them.</summary>
public sealed class WadeGilesTests
{
    [Theory]
    [InlineData("山西", "Shan-hsi")]
    [InlineData("太原", "T'ai-yüan")]
    [InlineData("大同", "Ta-t'ung")]
    [InlineData("阳泉", "Yang-ch'üan")]
    [InlineData("长治", "Ch'ang-chih")]
    [InlineData("晋城", "Chin-ch'eng")]
    [InlineData("朔州", "Shuo-chou")]
    [InlineData("运城", "Yün-ch'eng")]
    [InlineData("忻州", "Hsin-chou")]
    [InlineData("临汾", "Lin-fen")]
    [InlineData("吕梁", "Lü-liang")]
    [InlineData("洪洞", "Hung-t'ung")]
    [InlineData("榆次", "Yü-tz'u")]
    [InlineData("赵康", "Chao-k'ang")]
    [InlineData("平遥", "P'ing-yao")]
    [InlineData("太谷", "T'ai-ku")]
    [InlineData("介休", "Chieh-hsiu")]
    [InlineData("汾阳", "Fen-yang")]
    [InlineData("五台", "Wu-t'ai")]
    [InlineData("宁武", "Ning-wu")]
    [InlineData("岢岚", "K'o-lan")]
    [InlineData("保德", "Pao-te")]
    [InlineData("新绛", "Hsin-chiang")]
    [InlineData("永济", "Yung-chi")]
    [InlineData("河津", "Ho-chin")]
    [InlineData("闻喜", "Wen-hsi")]
    [InlineData("平陆", "P'ing-lu")]
    [InlineData("芮城", "Jui-ch'eng")]
    [InlineData("临猗", "Lin-i")]
    [InlineData("侯马", "Hou-ma")]
    [InlineData("霍州", "Huo-chou")]
    [InlineData("灵石", "Ling-shih")]
    [InlineData("昔阳", "Hsi-yang")]
    [InlineData("左权", "Tso-ch'üan")]
    [InlineData("沁源", "Ch'in-yüan")]
    [InlineData("襄垣", "Hsiang-yüan")]
    [InlineData("长子", "Chang-tzu")]
    [InlineData("高平", "Kao-p'ing")]
    [InlineData("陵川", "Ling-ch'uan")]
    [InlineData("泽州", "Tse-chou")]
    [InlineData("解州", "Hsieh-chou")]
    [InlineData("洪洞县", "Hung-t'ung Hsien")]
    [InlineData("隰县", "Hsi Hsien")]
    [InlineData("祁县", "Ch'i Hsien")]
    public void NamesAreSpeltAsInTheOldLiterature(string name, string wadeGiles)
    {
        Assert.Equal(wadeGiles, PlaceNameRomanizer.Shared.Romanize(name).WadeGiles);
    }

    [Theory]
    [InlineData("zhi", "chih")]
    [InlineData("chi", "ch'ih")]
    [InlineData("shi", "shih")]
    [InlineData("ri", "jih")]
    [InlineData("zi", "tzu")]
    [InlineData("ci", "tz'u")]
    [InlineData("si", "ssu")]
    [InlineData("ju", "chü")]
    [InlineData("que", "ch'üeh")]
    [InlineData("xue", "hsüeh")]
    [InlineData("yue", "yüeh")]
    [InlineData("guo", "kuo")]
    [InlineData("luo", "lo")]
    [InlineData("er", "erh")]
    [InlineData("gui", "kuei")]
    [InlineData("kui", "k'uei")]
    [InlineData("e", "o")]
    [InlineData("ge", "ko")]
    [InlineData("ke", "k'o")]
    [InlineData("xiong", "hsiung")]
    [InlineData("rong", "jung")]
    [InlineData("lüe", "lüeh")]
    [InlineData("lv", "lü")]
    [InlineData("nü", "nü")]
    [InlineData("yi", "i")]
    [InlineData("you", "yu")]
    [InlineData("yan", "yen")]
    [InlineData("lian", "lien")]
    [InlineData("bie", "pieh")]
    [InlineData("Hong", "hung")]
    public void SyllablesFollowTheWadeGilesTable(string pinyin, string wadeGiles)
    {
        Assert.Equal(wadeGiles, WadeGiles.FromPinyin(pinyin));
    }

    [Theory]
    [InlineData("Hung-t'ung", "hongtong")]
    [InlineData("Hungtung", "hongtong")]
    [InlineData("Hung tung", "hongtong")]
    [InlineData("hung-tung", "hongtong")]
    [InlineData("Hung-t’ung Hsien", "hongtongxian")]
    [InlineData("Yü-tz'u", "yuci")]
    [InlineData("Yu-tzu", "yuci")]
    [InlineData("Yutzu", "yuci")]
    [InlineData("T'ai-yüan", "taiyuan")]
    [InlineData("Taiyuan", "taiyuan")]
    [InlineData("Tai-yuan", "taiyuan")]
    [InlineData("Chao-k'ang", "zhaokang")]
    [InlineData("Ta-t'ung", "datong")]
    [InlineData("Tatung", "datong")]
    [InlineData("Hsi-an", "xian")]
    [InlineData("Lü-liang", "lvliang")]
    [InlineData("Shan¹-hsi¹", "shanxi")]
    public void TypedWadeGilesIsReadBackToPinyin(string typed, string key)
    {
        Assert.Equal(key, WadeGiles.ToPinyinKey(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("洪洞")]
    [InlineData("xyz")]
    [InlineData("Hung-t'ung!")]
    public void TextThatIsNotWadeGilesHasNoKey(string typed)
    {
        Assert.Null(WadeGiles.ToPinyinKey(typed));
        Assert.Empty(WadeGiles.ToPinyinKeys(typed));
    }

    [Theory]
    [InlineData("Tatung", "datong", true)]
    [InlineData("Tatung", "tatong", true)]
    [InlineData("Ta-t'ung", "datong", true)]
    [InlineData("Ta-t'ung", "tadong", false)]
    [InlineData("Yü-tzu", "yuci", true)]
    [InlineData("Yü-tzu", "youci", false)]
    [InlineData("Hung-t'ung", "hongdong", false)]
    public void TheMatcherAcceptsEveryReadingTheDroppedMarksAllow(string typed, string key, bool matches)
    {
        Assert.Equal(matches, WadeGiles.Matches(typed, key));
    }
}
