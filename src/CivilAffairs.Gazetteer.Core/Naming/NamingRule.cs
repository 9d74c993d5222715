namespace CivilAffairs.Gazetteer.Naming;

/// <summary>One naming rule of the 地名管理条例 (2022): a stable code, the article it comes from and what it asks.</summary>
/// <param name="Code">Stable identifier clients can switch on: GENERIC_ONLY, HOMOPHONE, ...</param>
/// <param name="Article">Where the rule comes from, as a clerk would cite it.</param>
/// <param name="Summary">The rule in one sentence.</param>
public sealed record NamingRule(string Code, string Article, string Summary);
