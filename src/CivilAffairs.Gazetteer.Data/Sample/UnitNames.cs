namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// A division unit's name without its generic (洪洞 for 洪洞县, 坞城 for 坞城街道, 东关 for
/// 东关村村委会), never leaving a single character (隰县 stays 隰县, 贾村村委会 gives 贾村).
/// </summary>
internal static class UnitNames
{
    // Committee forms first (委会 catches 崞村委会, whose 村委会 would leave one character), then the
    // unit generics, 村 last: one pass strips 东关村村委会 to 东关.
    private static readonly string[] Generics =
        ["社区居委会", "村民委员会", "居民委员会", "村委会", "民委员会", "委会", "居委会", "委员会", "社区", "街道办事处", "街道", "自治县", "县", "区", "市", "镇", "乡", "村"];

    public static string Specific(string name)
    {
        var current = name;
        foreach (var generic in Generics)
            if (current.EndsWith(generic, StringComparison.Ordinal) && current.Length - generic.Length >= 2)
                current = current[..^generic.Length];
        return current;
    }
}
