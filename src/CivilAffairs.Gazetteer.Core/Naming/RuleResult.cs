namespace CivilAffairs.Gazetteer.Naming;

/// <summary>What one rule found: its outcome, an explanation a clerk understands, and the registry entries in conflict.</summary>
public sealed record RuleResult(NamingRule Rule, CheckOutcome Outcome, string Explanation, IReadOnlyList<NameConflict> Conflicts)
{
    public static RuleResult Pass(NamingRule rule, string explanation) => new(rule, CheckOutcome.Pass, explanation, []);

    public static RuleResult Warning(NamingRule rule, string explanation) => new(rule, CheckOutcome.Warning, explanation, []);

    public static RuleResult Violation(NamingRule rule, string explanation) => new(rule, CheckOutcome.Violation, explanation, []);
}
