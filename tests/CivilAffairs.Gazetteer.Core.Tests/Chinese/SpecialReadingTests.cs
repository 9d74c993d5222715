using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

/// <summary>The place-name readings of DOMAIN.md, each one a row: the name's reading beats the character's.</summary>
public sealed class SpecialReadingTests
{
    private static readonly PlaceNameRomanizer Romanizer = PlaceNameRomanizer.Shared;

    [Theory]
    [InlineData("洪洞县", "Hóngtóng Xiàn")]
    [InlineData("繁峙县", "Fánshì Xiàn")]
    [InlineData("长治市", "Chángzhì Shì")]
    [InlineData("长子县", "Zhǎngzǐ Xiàn")]
    [InlineData("应县", "Yìng Xiàn")]
    [InlineData("盂县", "Yú Xiàn")]
    [InlineData("岢岚县", "Kělán Xiàn")]
    [InlineData("隰县", "Xí Xiàn")]
    [InlineData("解州镇", "Xièzhōu Zhèn")]
    [InlineData("云冈区", "Yúngāng Qū")]
    [InlineData("碛口镇", "Qìkǒu Zhèn")]
    [InlineData("崞阳镇", "Guōyáng Zhèn")]
    [InlineData("姑射山", "Gūyè Shān")]
    [InlineData("并州", "Bīngzhōu")]
    [InlineData("万柏林区", "Wànbǎilín Qū")]
    [InlineData("芮城县", "Ruìchéng Xiàn")]
    [InlineData("圪垯村", "Gēdacūn")]
    [InlineData("圐圙村", "Kūlüècūn")]
    [InlineData("十里堡村", "Shílǐpùcūn")]
    [InlineData("雒村", "Luòcūn")]
    [InlineData("武宿街道", "Wǔsù Jiēdào")]
    [InlineData("太行山", "Tàiháng Shān")]
    public void PlaceNameReadingsTakePrecedence(string name, string withTones)
    {
        var romanization = Romanizer.Romanize(name);

        Assert.Equal(withTones, romanization.WithTones);
        Assert.False(romanization.NeedsReview);
    }

    [Theory]
    [InlineData("阳曲县", "Yángqǔ Xiàn", "Yángqū Xiàn")]
    [InlineData("大汖村", "Dàpìncūn", "Dàshuǐcūn")]
    [InlineData("曲沃县", "Qǔwò Xiàn", "Qūwò Xiàn")]
    public void ReadingsTheSourcesDisagreeOnGoToReviewWithTheOtherReading(string name, string withTones, string alternative)
    {
        var romanization = Romanizer.Romanize(name);

        Assert.Equal(withTones, romanization.WithTones);
        Assert.True(romanization.NeedsReview);
        Assert.Contains(alternative, romanization.Alternatives);
    }

    [Theory]
    [InlineData("王堡村", "Wángbǎocūn", new[] { "Wángbǔcūn", "Wángpùcūn" })]
    [InlineData("张家场村", "Zhāngjiāchǎngcūn", new[] { "Zhāngjiāchángcūn" })]
    [InlineData("解家沟村", "Jiějiāgōucūn", new[] { "Jièjiāgōucūn", "Xièjiāgōucūn" })]
    [InlineData("干河", "Gàn Hé", new[] { "Gān Hé" })]
    public void UnsettledPolyphonesAreFlaggedWithEveryAlternative(string name, string shown, string[] alternatives)
    {
        var romanization = Romanizer.Romanize(name);

        Assert.True(romanization.NeedsReview);
        Assert.Equal(shown, romanization.WithTones);
        Assert.Equal(alternatives, romanization.Alternatives);
    }

    [Theory]
    [InlineData("大同市")]
    [InlineData("长城")]
    [InlineData("石楼县")]
    [InlineData("中阳县")]
    public void PolyphonesWithAClearPlaceNameReadingAreNotFlagged(string name)
    {
        Assert.False(Romanizer.Romanize(name).NeedsReview);
    }
}
