using CivilAffairs.Gazetteer.Data.Sample;

namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

public sealed class UnitNamesTests
{
    [Theory]
    [InlineData("洪洞县", "洪洞")]
    [InlineData("隰县", "隰县")]
    [InlineData("盂县", "盂县")]
    [InlineData("坞城街道", "坞城")]
    [InlineData("大槐树镇", "大槐树")]
    [InlineData("东关村村委会", "东关")]
    [InlineData("贾村村委会", "贾村")]
    [InlineData("崞村委会", "崞村")]
    [InlineData("张家庄村民委员会", "张家庄")]
    [InlineData("师范街社区居委会", "师范街")]
    [InlineData("城区", "城区")]
    public void TheSpecificDropsTheGenericButNeverLeavesOneCharacter(string name, string specific) =>
        Assert.Equal(specific, UnitNames.Specific(name));

    [Theory]
    [InlineData("张家庄村委会", "张家庄")]
    [InlineData("东关村村民委员会", "东关村")]
    [InlineData("八一社区居委会", "八一")]
    [InlineData("迎宾里居民委员会", "迎宾里")]
    [InlineData("贾村", "贾村")]
    public void TheCommitteeSuffixIsStrippedToTheName(string committee, string name) =>
        Assert.Equal(name, VillageNameStatistics.StripCommittee(committee));
}
