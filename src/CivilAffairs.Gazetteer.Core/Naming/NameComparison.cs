namespace CivilAffairs.Gazetteer.Naming;

/// <summary>What two names are compared on within a scope.</summary>
public enum NameComparison
{
    /// <summary>The specific alone: 平鲁区 and 平陆县 collide although their generics differ (divisions change status, 县 → 区).</summary>
    Specific,

    /// <summary>The whole name: 东关村 and 东关社区 are different seats.</summary>
    WholeName,
}
