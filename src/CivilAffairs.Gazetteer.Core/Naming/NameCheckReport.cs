namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Every rule's result for one name; Ok when no rule found a violation (warnings are for the reviewer).</summary>
public sealed record NameCheckReport(IReadOnlyList<RuleResult> Results)
{
    public bool Ok => Results.All(r => r.Outcome != CheckOutcome.Violation);
}
