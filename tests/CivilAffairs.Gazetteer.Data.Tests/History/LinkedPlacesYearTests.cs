using CivilAffairs.Gazetteer.Data.History;

namespace CivilAffairs.Gazetteer.Data.Tests.History;

public sealed class LinkedPlacesYearTests
{
    [Theory]
    [InlineData(618, false, "0618")]
    [InlineData(1368, true, "1368~")]
    [InlineData(1, false, "0001")]
    [InlineData(-1, false, "0000")]          // 1 BCE is year 0 in ISO 8601's astronomical numbering
    [InlineData(-221, false, "-0220")]       // 221 BCE, the Qin unification
    [InlineData(-2070, true, "-2069~")]
    public void YearsAreIso8601WithAstronomicalNumbering(int year, bool approximate, string expected)
    {
        Assert.Equal(expected, LinkedPlacesYear.Format(year, approximate));
    }

    [Fact]
    public void YearZeroIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LinkedPlacesYear.Format(0, false));
    }
}
