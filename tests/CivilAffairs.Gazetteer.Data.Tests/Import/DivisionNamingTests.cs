using CivilAffairs.Gazetteer.Data.Import;
using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Data.Tests.Import;

public sealed class DivisionNamingTests
{
    [Theory]
    // committee name in the 2023 table → the place it names
    [InlineData("贾村村委会", "贾村")]
    [InlineData("东关村委会", "东关村")]
    [InlineData("谢悉村民委员会", "谢悉村")]
    [InlineData("王家沟村村委员会", "王家沟村")]
    [InlineData("高庄村村民委会", "高庄村")]
    [InlineData("岚峪村村民委员", "岚峪村")]
    [InlineData("郝开村民员委会", "郝开村")]
    [InlineData("安居村委会", "安居村")]
    [InlineData("师范街社区居委会", "师范街社区")]
    [InlineData("迎泽社区居民委员会", "迎泽社区")]
    [InlineData("东街居委会", "东街社区")]
    [InlineData("太原武宿综合保税区虚拟社区", "太原武宿综合保税区虚拟社区")]
    [InlineData("金沙滩林场虚拟生活区", "金沙滩林场虚拟生活区")]
    public void ACommitteeNamesItsVillageOrCommunity(string committee, string place)
    {
        Assert.Equal(place, DivisionNaming.VillagePlaceName(committee));
    }

    [Theory]
    // name, level, specific, generic, short name ("" = none)
    [InlineData("山西省", DivisionLevel.Province, "山西", "省", "山西")]
    [InlineData("临汾市", DivisionLevel.City, "临汾", "市", "临汾")]
    [InlineData("洪洞县", DivisionLevel.County, "洪洞", "县", "洪洞")]
    [InlineData("隰县", DivisionLevel.County, "隰", "县", "")]
    [InlineData("古县", DivisionLevel.County, "古", "县", "")]
    [InlineData("城区", DivisionLevel.County, "城区", "", "")]
    [InlineData("万柏林区", DivisionLevel.County, "万柏林", "区", "万柏林")]
    [InlineData("大槐树镇", DivisionLevel.Township, "大槐树", "镇", "大槐树")]
    [InlineData("坞城街道", DivisionLevel.Township, "坞城", "街道", "坞城")]
    [InlineData("杨家港村", DivisionLevel.Village, "杨家港", "村", "杨家港")]
    [InlineData("王村", DivisionLevel.Village, "王", "村", "")]
    [InlineData("师范街社区", DivisionLevel.Village, "师范街", "社区", "师范街")]
    [InlineData("𣵦沟村", DivisionLevel.Village, "𣵦沟", "村", "𣵦沟")]
    public void NamesSplitIntoSpecificAndGeneric(string name, DivisionLevel level, string specific, string generic, string shortName)
    {
        var parts = DivisionNaming.Split(name, level);

        Assert.Equal(specific, parts.Specific);
        Assert.Equal(generic, parts.Generic ?? "");
        Assert.Equal(shortName, parts.ShortName ?? "");
    }

    [Fact]
    public void AStatisticalZoneDropsItsZoneGeneric()
    {
        Assert.Equal("五台山", DivisionNaming.Split("五台山风景名胜区", DivisionLevel.County, statisticalZone: true).ShortName);
    }
}
