using CivilAffairs.Gazetteer.Data.Import;

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
    [InlineData("崇串村村委员会", "崇串村")]
    [InlineData("东南村村委", "东南村")]
    [InlineData("西刘屯村民委会", "西刘屯村")]
    [InlineData("太纸社区社区居委会", "太纸社区")]
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
    // name, specific, generic, short name ("" = none)
    [InlineData("山西省", "山西", "省", "山西")]
    [InlineData("临汾市", "临汾", "市", "临汾")]
    [InlineData("洪洞县", "洪洞", "县", "洪洞")]
    [InlineData("隰县", "隰", "县", "")]
    [InlineData("古县", "古", "县", "")]
    [InlineData("城区", "城区", "", "")]
    [InlineData("万柏林区", "万柏林", "区", "万柏林")]
    [InlineData("大槐树镇", "大槐树", "镇", "大槐树")]
    [InlineData("坞城街道", "坞城", "街道", "坞城")]
    [InlineData("杨家港村", "杨家港", "村", "杨家港")]
    [InlineData("王村", "王", "村", "")]
    [InlineData("师范街社区", "师范街", "社区", "师范街")]
    [InlineData("𣵦沟村", "𣵦沟", "村", "𣵦沟")]
    [InlineData("五台山风景名胜区", "五台山", "风景名胜区", "五台山")]
    [InlineData("山西大同经济开发区", "山西大同", "经济开发区", "山西大同")]
    [InlineData("原平农场虚拟生活区", "原平农场虚拟", "生活区", "原平农场虚拟")]
    public void NamesSplitIntoSpecificAndGeneric(string name, string specific, string generic, string shortName)
    {
        var parts = DivisionNaming.Split(name);

        Assert.Equal(specific, parts.Specific);
        Assert.Equal(generic, parts.Generic ?? "");
        Assert.Equal(shortName, parts.ShortName ?? "");
    }
}
