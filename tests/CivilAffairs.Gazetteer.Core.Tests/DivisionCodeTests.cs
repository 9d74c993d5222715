using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Core.Tests;

public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("14", DivisionLevel.Province, "140000000000", "14")]
    [InlineData("1410", DivisionLevel.City, "141000000000", "1410")]
    [InlineData("141024", DivisionLevel.County, "141024000000", "141024")]
    [InlineData("141024100", DivisionLevel.Township, "141024100000", "141024100")]
    [InlineData("141024100201", DivisionLevel.Village, "141024100201", "141024100201")]
    [InlineData("141024000000", DivisionLevel.County, "141024000000", "141024")]
    [InlineData("141024100000", DivisionLevel.Township, "141024100000", "141024100")]
    [InlineData(" 141024 ", DivisionLevel.County, "141024000000", "141024")]
    public void CodesAreReadAtTheLengthPeopleWriteThem(string text, DivisionLevel level, string full, string written)
    {
        var code = DivisionCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(full, code.Full);
        Assert.Equal(written, code.Short);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("14102")]
    [InlineData("1410241")]
    [InlineData("141000")]
    [InlineData("140024")]
    [InlineData("000000000000")]
    [InlineData("14102410020x")]
    [InlineData("１４１０２４")]
    public void TextThatIsNotACodeIsRefusedWithAnExplanation(string text)
    {
        Assert.False(DivisionCode.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => DivisionCode.Parse(text));
        Assert.Contains("2, 4, 6, 9 or 12 digits", error.Message);
    }

    [Fact]
    public void ParentsClimbOneLevelAtATime()
    {
        var village = DivisionCode.Parse("141024100201");

        Assert.Equal("141024100", village.Parent!.Value.Short);
        Assert.Equal("141024", village.Parent!.Value.Parent!.Value.Short);
        Assert.Null(DivisionCode.Parse("14").Parent);
        Assert.True(DivisionCode.Parse("1410").Contains(village));
        Assert.False(DivisionCode.Parse("1411").Contains(village));
    }

    [Theory]
    [InlineData("140171", true)]
    [InlineData("140105", false)]
    [InlineData("1401", false)]
    public void StatisticalZonesAreTheSeventyOneCounties(string text, bool zone) =>
        Assert.Equal(zone, DivisionCode.Parse(text).IsStatisticalZone);
}
