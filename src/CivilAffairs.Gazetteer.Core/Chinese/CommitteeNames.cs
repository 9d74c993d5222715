namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// The official tables name village and community committees (村民委员会, 居委会), not the places:
/// 贾村村委会, 贾村村民委员会 and 贾村 all mean the place 贾村.
/// </summary>
public static class CommitteeNames
{
    /// <summary>
    /// Longest first. Besides the regular forms, the misspelt ones the 2023 statistical table
    /// really contains (崇串村村委员会, 高庄村村民委会, 岚峪村村民委员, 郝开村民员委会, 东南村村委).
    /// </summary>
    private static readonly string[] VillageCommittees = ["村民委员会", "村民委员", "村委员会", "村民委会", "民员委会", "村委会", "村委"];

    /// <summary>With 社区 in front first, so 太纸社区社区居委会 names 太纸社区, not 太纸社区社区.</summary>
    private static readonly string[] CommunityCommittees = ["社区居民委员会", "社区居委会", "居民委员会", "居委会"];

    /// <summary>The place a committee is named after: 王家村委会 → 王家村, 师范街社区居委会 → 师范街社区; other names unchanged.</summary>
    public static string PlaceName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return Strip(trimmed, CommunityCommittees, "社区") ?? Strip(trimmed, VillageCommittees, "村") ?? trimmed;
    }

    private static string? Strip(string name, string[] committees, string placeGeneric)
    {
        foreach (var committee in committees)
        {
            if (name.Length <= committee.Length || !name.EndsWith(committee, StringComparison.Ordinal)) continue;
            var place = name[..^committee.Length];
            return place.EndsWith(placeGeneric, StringComparison.Ordinal) ? place : place + placeGeneric;
        }
        return null;
    }
}
