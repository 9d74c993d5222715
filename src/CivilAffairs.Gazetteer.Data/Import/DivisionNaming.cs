using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// How the names of the statistical division tables become place names: the toolkit's
/// committee and specific/generic rules (<see cref="CommitteeNames"/>, <see cref="PlaceNameParts"/>),
/// plus the generics of the units the table lists that are no legal divisions.
/// </summary>
internal static class DivisionNaming
{
    /// <summary>
    /// Development zones, scenic areas and farm living quarters (五台山风景名胜区, 山西大同经济开发区,
    /// 原平农场虚拟生活区). The toolkit's generics table knows only 区 at the end, which would
    /// split them inside a word (经济开发|区).
    /// </summary>
    private static readonly string[] UnitGenerics = ["风景名胜区", "经济开发区", "开发区", "示范区", "生活区"];

    /// <summary>The place a village-level unit names: 贾村村委会 → 贾村, 师范街社区居委会 → 师范街社区.</summary>
    public static string VillagePlaceName(string committeeName) => CommitteeNames.PlaceName(committeeName);

    public static DivisionName Split(string name)
    {
        foreach (var generic in UnitGenerics)
            if (name.Length > generic.Length && name.EndsWith(generic, StringComparison.Ordinal))
                return new DivisionName(name, name[..^generic.Length], generic);
        var parts = PlaceNameParts.Split(name);
        return new DivisionName(name, parts.Specific, parts.Generic);
    }
}
