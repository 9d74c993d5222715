using CivilAffairs.Gazetteer.Naming;

namespace CivilAffairs.Gazetteer.Core.Tests.Naming;

/// <summary>The naming rules that read the name alone: a row per case, a passing and a failing real name for each rule.</summary>
public sealed class TextRuleTests
{
    public static TheoryData<string, string, string, CheckOutcome> Cases => new()
    {
        // rule, name, category, outcome
        { "GENERIC_ONLY", "城区", "county", CheckOutcome.Warning },
        { "GENERIC_ONLY", "郊区", "county", CheckOutcome.Warning },
        { "GENERIC_ONLY", "村", "village_committee", CheckOutcome.Warning },
        { "GENERIC_ONLY", "东城区", "county", CheckOutcome.Pass },
        { "GENERIC_ONLY", "贾村", "village_committee", CheckOutcome.Pass },
        { "GENERIC_ONLY", "隰县", "county", CheckOutcome.Pass },
        { "MEANING", "赌城村", "village_committee", CheckOutcome.Violation },
        { "MEANING", "杏花村", "village_committee", CheckOutcome.Pass },
        { "SCALE", "国际花园小区", "residential_area", CheckOutcome.Warning },
        { "SCALE", "世界大道", "road", CheckOutcome.Warning },
        { "SCALE", "中央商务区", "development_zone", CheckOutcome.Warning },
        { "SCALE", "迎泽大街", "street", CheckOutcome.Pass },
        { "STANDARD_CHARACTERS", "北磛石村", "village_committee", CheckOutcome.Violation },
        { "STANDARD_CHARACTERS", "龙门汖村", "village_committee", CheckOutcome.Violation },
        { "STANDARD_CHARACTERS", "𣵦村", "village_committee", CheckOutcome.Violation },
        { "STANDARD_CHARACTERS", "洪洞縣", "county", CheckOutcome.Violation },
        { "STANDARD_CHARACTERS", "北石村", "village_committee", CheckOutcome.Pass },
        { "STANDARD_CHARACTERS", "洪洞县", "county", CheckOutcome.Pass },
        { "PERSON_NAME", "毛泽东路", "road", CheckOutcome.Violation },
        { "PERSON_NAME", "孙悟空公园", "park", CheckOutcome.Violation },
        { "PERSON_NAME", "刘胡兰村", "village_committee", CheckOutcome.Violation },
        { "PERSON_NAME", "解放路", "road", CheckOutcome.Pass },
        { "FOREIGN_NAME", "维也纳小区", "residential_area", CheckOutcome.Violation },
        { "FOREIGN_NAME", "曼哈顿广场", "square", CheckOutcome.Violation },
        { "FOREIGN_NAME", "迎泽小区", "residential_area", CheckOutcome.Pass },
        { "TRADEMARK_NAME", "万达广场", "square", CheckOutcome.Violation },
        { "TRADEMARK_NAME", "碧桂园小区", "residential_area", CheckOutcome.Violation },
        { "TRADEMARK_NAME", "杏花村", "village_committee", CheckOutcome.Pass },
        { "FAMOUS_FEATURE", "五台镇", "township", CheckOutcome.Violation },
        { "FAMOUS_FEATURE", "云冈区", "county", CheckOutcome.Violation },
        { "FAMOUS_FEATURE", "五台桥", "bridge", CheckOutcome.Pass },
        { "FAMOUS_FEATURE", "大槐树镇", "township", CheckOutcome.Pass },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ARuleJudgesTheNameAlone(string rule, string name, string category, CheckOutcome outcome)
    {
        var result = TextRule(rule, name, category);

        Assert.Equal(rule, result.Rule.Code);
        Assert.Equal(outcome, result.Outcome);
        Assert.StartsWith("地名管理条例 (2022)", result.Rule.Article, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(result.Explanation));
    }

    [Fact]
    public void AListMatchNamesTheListAndTheEntry()
    {
        var result = ListedWordCheck.ForeignName("维也纳小区");

        Assert.Contains("维也纳 (Vienna)", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("foreign-names.tsv", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ATraditionalCharacterIsPointedToItsStandardForm()
    {
        var result = StandardCharactersCheck.Check("洪洞縣");

        Assert.Contains("縣", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("the standard character is 县", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("洪洞县", null, CheckOutcome.Pass, "Hóngtóng Xiàn")]
    [InlineData("洪洞县", "Hóngtóng Xiàn", CheckOutcome.Pass, "Hóngtóng Xiàn")]
    [InlineData("洪洞县", "HONGTONG XIAN", CheckOutcome.Pass, "Hóngtóng Xiàn")]
    [InlineData("西安村", "Xi'an Cun", CheckOutcome.Pass, "Xī'ān")]
    [InlineData("洪洞县", "Hongtong County", CheckOutcome.Violation, "English")]
    [InlineData("解放路", "Jiefang Road", CheckOutcome.Violation, "English")]
    [InlineData("洪洞县", "Hung-t'ung Hsien", CheckOutcome.Violation, "Wade-Giles")]
    [InlineData("平陆县", "Pinglou Xian", CheckOutcome.Violation, "Pínglù Xiàn")]
    [InlineData("王堡村", null, CheckOutcome.Warning, "not settled")]
    public void TheRomanizationIsHanyuPinyin(string name, string? given, CheckOutcome outcome, string said)
    {
        var result = RomanizationCheck.Check(name, given);

        Assert.Equal(outcome, result.Outcome);
        Assert.Contains(said, result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("Hongtong", "letters (Hongtong)")]
    [InlineData("洪洞county", "letters")]
    [InlineData("洪洞县😀", "U+1F600")]
    [InlineData("123", "no Chinese character")]
    public void ANameThatIsNoChineseNameIsRefused(string name, string said)
    {
        var error = Assert.Throws<NameCheckInputException>(() => ProposedName.Checked(name));

        Assert.Equal(NameCheckProblem.BadInput, error.Problem);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFiveHundredCharacterNameIsRefusedWithTheLimit()
    {
        var error = Assert.Throws<NameCheckInputException>(() => ProposedName.Checked(new string('村', 500)));

        Assert.Contains("500 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {ProposedName.MaxLength}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("𣵦村")]
    [InlineData("102社区")]
    [InlineData("经5路")]
    [InlineData("  贾村 ")]
    public void ARealNameIsAccepted(string name) =>
        Assert.Equal(name.Trim(), ProposedName.Checked(name));

    [Theory]
    [InlineData("东关村", "东关村", NameMatch.SameName)]
    [InlineData("東關村", "东关村", NameMatch.SameName)]
    [InlineData("贾村村民委员会", "贾村", NameMatch.SameName)]
    [InlineData("贾村", "假村", NameMatch.SameReading)]
    [InlineData("张家庄", "张家村", NameMatch.SameSpecific)]
    [InlineData("东关小学", "东关村东关小学", NameMatch.Contains)]
    [InlineData("王家庄", "王家庄村", NameMatch.Contains)]
    [InlineData("贾村卫生室", "贾村卫生所", NameMatch.OneCharacterApart)]
    [InlineData("沈家窑", "盛佳窑", NameMatch.SimilarReading)]
    [InlineData("贾村卫生室", "东关小学", null)]
    public void NamesResembleEachOtherByCharactersOrReading(string submitted, string registered, NameMatch? match) =>
        Assert.Equal(match, NameSimilarity.Compare(ComparedName.Of(submitted), ComparedName.Of(registered)));

    private static RuleResult TextRule(string rule, string name, string category) => rule switch
    {
        "GENERIC_ONLY" => GenericOnlyCheck.Check(name),
        "MEANING" => ListedWordCheck.Meaning(name),
        "SCALE" => ListedWordCheck.Scale(name),
        "STANDARD_CHARACTERS" => StandardCharactersCheck.Check(name),
        "PERSON_NAME" => ListedWordCheck.PersonName(name),
        "FOREIGN_NAME" => ListedWordCheck.ForeignName(name),
        "TRADEMARK_NAME" => ListedWordCheck.TrademarkName(name),
        "FAMOUS_FEATURE" => FamousFeatureCheck.Check(name, category),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "not a text rule"),
    };
}
