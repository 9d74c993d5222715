using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

public sealed class StandardCharactersTests
{
    [Theory]
    [InlineData("洪洞县", "")]
    [InlineData("𣵦河村", "𣵦")]
    [InlineData("迴源峧村", "迴")]
    [InlineData("洪洞縣", "縣")]
    [InlineData("Taiyuan 12", "")]
    public void CharactersOutsideTheStandardTableAreFound(string name, string nonStandard)
    {
        Assert.Equal(nonStandard, string.Concat(StandardCharacters.NonStandardIn(name)));
    }

    [Fact]
    public void TheStandardTableHasItsEightThousandOneHundredFiveCharacters()
    {
        var count = Enumerable.Range(0x3400, 0xA000 - 0x3400).Count(StandardCharacters.IsStandard)
            + Enumerable.Range(0x20000, 0x323B0 - 0x20000).Count(StandardCharacters.IsStandard);

        Assert.Equal(8105, count);
    }
}
