namespace CivilAffairs.Gazetteer.Naming;

/// <summary>
/// Rules 2, 3, 5, 6 and 7: the name must not contain a word of the rule's list (data/naming). A list
/// cannot judge meaning, so the explanation names the list and the entry for the reviewer.
/// </summary>
public static class ListedWordCheck
{
    public static RuleResult Meaning(string name) =>
        Check(name, NamingRules.Meaning, NamingLists.Shared.Unhealthy, CheckOutcome.Violation,
            "words against public order or good customs",
            "No word of the list matched; whether the meaning is healthy is still for the reviewer to judge from the stated meaning (含义).");

    public static RuleResult Scale(string name) =>
        Check(name, NamingRules.Scale, NamingLists.Shared.Oversized, CheckOutcome.Warning,
            "words that claim a scale or status a local place does not have (夸大)",
            "No oversized word (中央, 国际, 世界, ...) in the name.");

    public static RuleResult PersonName(string name) =>
        Check(name, NamingRules.PersonName, NamingLists.Shared.Persons, CheckOutcome.Violation,
            "names of persons (leaders, historical and fictional figures, pen names)",
            "No name of the persons list in the name.");

    public static RuleResult ForeignName(string name) =>
        Check(name, NamingRules.ForeignName, NamingLists.Shared.Foreign, CheckOutcome.Violation,
            "foreign place and person names (洋地名)",
            "No foreign name of the list in the name.");

    public static RuleResult TrademarkName(string name) =>
        Check(name, NamingRules.TrademarkName, NamingLists.Shared.Trademarks, CheckOutcome.Violation,
            "enterprise and trademark names",
            "No enterprise or trademark name of the list in the name.");

    private static RuleResult Check(string name, NamingRule rule, WordList list, CheckOutcome outcome, string listDescription, string passExplanation)
    {
        var found = list.FoundIn(name);
        if (found.Count == 0)
            return RuleResult.Pass(rule, passExplanation);
        var words = string.Join("; ", found.Select(e => e.Note.Length == 0 ? e.Word : $"{e.Word} ({e.Note})"));
        return new RuleResult(rule, outcome,
            $"{name} contains {words}, from the list of {listDescription} (data/naming/{list.FileName}). {rule.Summary}", []);
    }
}
