namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>One rule's result: outcome pass, warning or violation, with the article and an explanation a clerk understands.</summary>
public sealed record NameCheckFinding(string Rule, string Article, string Outcome, string Explanation)
{
    public const string Violation = "violation";
}
