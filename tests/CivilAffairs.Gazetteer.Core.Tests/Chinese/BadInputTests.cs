using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

/// <summary>Text that is not a clean name gives a defined result, never an exception.</summary>
public sealed class BadInputTests
{
    private static readonly PlaceNameRomanizer Romanizer = PlaceNameRomanizer.Shared;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("。，、！")]
    [InlineData("--//**")]
    public void NothingToRomanizeGivesEmptyFormsWithoutReview(string text)
    {
        var romanization = Romanizer.Romanize(text);

        Assert.Equal("", romanization.WithTones);
        Assert.Equal("", romanization.Key);
        Assert.Null(romanization.WadeGiles);
        Assert.False(romanization.NeedsReview);
        Assert.Empty(romanization.Alternatives);
    }

    [Fact]
    public void NullIsTreatedAsEmpty()
    {
        Assert.Equal("", Romanizer.Romanize(null!).WithTones);
    }

    [Theory]
    [InlineData("Taiyuan", "Taiyuan", "taiyuan")]
    [InlineData("ABC 村", "ABC Cūn", "abccun")]
    public void LatinLettersAreKeptAsWritten(string text, string withTones, string key)
    {
        var romanization = Romanizer.Romanize(text);

        Assert.Equal(withTones, romanization.WithTones);
        Assert.Equal(key, romanization.Key);
    }

    [Theory]
    [InlineData("123", "Yībǎi'èrshísān")]
    [InlineData("0", "Líng")]
    [InlineData("007", "Línglíngqī")]
    [InlineData("10", "Shí")]
    [InlineData("2024", "Èrqiānlíng'èrshísì")]
    public void DigitsAreSpeltOut(string text, string withTones)
    {
        Assert.Equal(withTones, Romanizer.Romanize(text).WithTones);
    }

    [Fact]
    public void ExtensionBCharactersWithoutAReadingAreFlaggedNotDropped()
    {
        var romanization = Romanizer.Romanize("𣵦");

        Assert.True(romanization.NeedsReview);
        Assert.Equal("", romanization.WithTones);
    }

    [Fact]
    public void ExtensionBCharacterInsideANameKeepsTheRestAndFlagsIt()
    {
        var romanization = Romanizer.Romanize("𣵦河村");

        Assert.True(romanization.NeedsReview);
        Assert.Equal("Hécūn", romanization.WithTones);
    }

    [Fact]
    public void UnpairedSurrogatesAreFlagged()
    {
        // Built in code, not attribute data: xunit replaces lone surrogates in theory data by U+FFFD.
        string[] broken = [new string('\uD800', 1), "洪" + '\uDC00' + "洞县", string.Concat('\uDFFF', '\uD800')];
        foreach (var text in broken)
        {
            var romanization = Romanizer.Romanize(text);

            Assert.True(romanization.NeedsReview);
            Assert.DoesNotContain(romanization.WithTones, char.IsSurrogate);
        }
    }

    [Fact]
    public void AHundredThousandCharactersAreRomanizedWhole()
    {
        var text = string.Concat(Enumerable.Repeat("太原", 50_000));

        var romanization = Romanizer.Romanize(text);

        Assert.Equal(100_000, romanization.Initials.Length);
        Assert.StartsWith("Tàiyuántàiyuán", romanization.WithTones);
        Assert.False(romanization.NeedsReview);
    }

    [Fact]
    public void TraditionalAndFullWidthInputReadsAsTheStandardName()
    {
        Assert.Equal("Hóngtóng Xiàn", Romanizer.Romanize("洪洞縣").WithTones);
        Assert.Equal("Shí'èrhào Lù", Romanizer.Romanize("１２号路").WithTones);
    }

    [Theory]
    [InlineData("hong\uD800tong")]
    [InlineData("\uDC00")]
    [InlineData("hung-t'ung\uD83D")]
    public void AnUnpairedSurrogateIsNeitherPinyinNorWadeGiles(string typed)
    {
        Assert.Null(PinyinSyllables.Segment(typed));
        Assert.Null(WadeGiles.ToPinyinKey(typed));
        Assert.Empty(WadeGiles.ToPinyinKeys(typed));
    }
}
