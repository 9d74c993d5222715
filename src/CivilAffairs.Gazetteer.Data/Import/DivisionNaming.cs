using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// How the names of the statistical division tables become place names: the specific/generic
/// split per level, and for village-level units the place the committee names (the table
/// lists 贾村村委会, 师范街社区居委会; the place is 贾村, 师范街社区).
/// </summary>
public static class DivisionNaming
{
    /// <summary>
    /// Names that are only a generic (城区, 郊区, 矿区). The romanization rules treat such a
    /// generic as part of the specific (城区 Chéngqū), so they are not split.
    /// </summary>
    private static readonly HashSet<string> GenericOnlyNames = ["城区", "郊区", "矿区"];

    private static readonly string[] ProvinceGenerics = ["自治区", "省", "市"];
    private static readonly string[] CityGenerics = ["自治州", "地区", "盟", "市"];
    private static readonly string[] CountyGenerics = ["自治县", "县", "区", "市", "旗"];
    private static readonly string[] ZoneGenerics = ["风景名胜区", "经济开发区", "开发区", "示范区"];
    private static readonly string[] TownshipGenerics = ["街道办事处", "街道", "民族乡", "镇", "乡"];

    /// <summary>Committee suffixes as they occur in the 2023 table, longest first (misspellings included).</summary>
    private static readonly string[] VillageCommitteeSuffixes = ["村民委员会", "村民委员", "村委员会", "村民委会", "民员委会", "村委会", "村委"];
    private static readonly string[] CommunityCommitteeSuffixes = ["社区居民委员会", "社区居委会", "居民委员会", "居委会"];

    public static PlaceNameParts Split(string name, DivisionLevel level, bool statisticalZone = false)
    {
        if (GenericOnlyNames.Contains(name))
            return new PlaceNameParts(name, name, null);
        var generics = level switch
        {
            DivisionLevel.Province => ProvinceGenerics,
            DivisionLevel.City => CityGenerics,
            DivisionLevel.County => statisticalZone ? ZoneGenerics : CountyGenerics,
            DivisionLevel.Township => TownshipGenerics,
            _ => ["社区", "村", "生活区"],
        };
        foreach (var generic in generics)
            if (name.Length > generic.Length && name.EndsWith(generic, StringComparison.Ordinal))
                return new PlaceNameParts(name, name[..^generic.Length], generic);
        return new PlaceNameParts(name, name, null);
    }

    /// <summary>
    /// The place a village-level committee names: XX村委会, XX村民委员会 and XX村村委会 all
    /// name XX村; XX社区居委会 names XX社区. Names that are no committee name (虚拟社区 of
    /// development zones) are the place name as they stand.
    /// </summary>
    public static string VillagePlaceName(string committeeName)
    {
        foreach (var suffix in CommunityCommitteeSuffixes)
            if (committeeName.Length > suffix.Length && committeeName.EndsWith(suffix, StringComparison.Ordinal))
            {
                var rest = committeeName[..^suffix.Length];
                return rest.EndsWith("社区", StringComparison.Ordinal) ? rest : rest + "社区";
            }
        foreach (var suffix in VillageCommitteeSuffixes)
            if (committeeName.Length > suffix.Length && committeeName.EndsWith(suffix, StringComparison.Ordinal))
            {
                var rest = committeeName[..^suffix.Length];
                return rest.EndsWith('村') || rest.EndsWith("社区", StringComparison.Ordinal) ? rest : rest + "村";
            }
        return committeeName;
    }
}
