using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Core.Tests.Workflow;

public sealed class ProposedNameRulesTests
{
    [Theory]
    [InlineData("槐树沟")]
    [InlineData("洪洞县")]
    [InlineData("经5路")]
    [InlineData("𣵦河村")]          // CJK Extension B, as in the real data
    [InlineData("〇九一厂")]
    public void ChineseNamesAreAcceptedInput(string name) => Assert.Null(ProposedNameRules.Problem(name));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData(" 槐树沟", "spaces")]
    [InlineData("Main Street", "letter 'M'")]
    [InlineData("槐树沟village", "letter 'v'")]
    [InlineData("槐树🌳沟", "U+1F333")]
    [InlineData("槐树-沟", "not a Chinese character")]
    public void NamesThatAreNotChineseCharactersAreRefusedWithTheReason(string name, string reason)
    {
        var problem = ProposedNameRules.Problem(name);

        Assert.NotNull(problem);
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void AFiveHundredCharacterNameIsRefusedAsTooLong()
    {
        var problem = ProposedNameRules.Problem(new string('村', 500));

        Assert.Contains($"more than {ProposedNameRules.MaxLength} characters", problem);
    }
}
