using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Search.Geocoding;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

public sealed class NameFormsTests
{
    [Theory]
    [InlineData("贾村村委会", "贾村")]
    [InlineData("苏店村委会", "苏店村")]
    [InlineData("东关村民委员会", "东关村")]
    [InlineData("龙泉社区居委会", "龙泉社区")]
    [InlineData("常一社区居民委员会", "常一社区")]
    [InlineData("贾村", "贾村")]
    public void CommitteeNamesStandForTheirPlace(string committee, string place) =>
        Assert.Equal(place, NameForms.PlaceOfCommittee(committee));

    [Theory]
    [InlineData("运城市", DivisionLevel.City, "运城")]
    [InlineData("盐湖区", DivisionLevel.County, "盐湖")]
    [InlineData("洪洞县", DivisionLevel.County, "洪洞")]
    [InlineData("侯马市", DivisionLevel.County, "侯马")]
    [InlineData("隰县", DivisionLevel.County, null)]
    [InlineData("城区", DivisionLevel.County, null)]
    [InlineData("大槐树镇", DivisionLevel.Township, "大槐树")]
    [InlineData("坞城街道", DivisionLevel.Township, "坞城")]
    [InlineData("王家庄村", DivisionLevel.Village, "王家庄")]
    [InlineData("贾村", DivisionLevel.Village, null)]
    [InlineData("山西省", DivisionLevel.Province, "山西")]
    public void ShortFormsNeverLeaveASingleCharacter(string name, DivisionLevel level, string? expected) =>
        Assert.Equal(expected, NameForms.ShortForm(name, level));

    [Fact]
    public void AVillageIsNamedInEveryCommitteeForm()
    {
        var village = new DivisionRecord(1, "140121204213", DivisionLevel.Village, "贾村村委会", "140121204000", false, null, null, null, false);

        Assert.Equal(
            new[] { "贾村", "贾村委会", "贾村村委会", "贾村民委员会" },
            NameForms.FullForms(village).Order(StringComparer.Ordinal));
    }
}
