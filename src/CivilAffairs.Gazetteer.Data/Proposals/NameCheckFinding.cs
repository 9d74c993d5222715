namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>One rule's result as a proposal stores it (JSON): the rule's code, its article, pass, warning or violation, and the explanation.</summary>
public sealed record NameCheckFinding(string Rule, string Article, string Outcome, string Explanation)
{
    public const string Violation = "violation";
}
