namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// The official tables name village and community committees (村民委员会, 居委会), not the places:
/// 贾村村委会, 贾村村民委员会 and 贾村 all mean the place 贾村.
/// </summary>
public static class CommitteeNames
{
    private static readonly string[] VillageCommittees = ["村民委员会", "村委会"];
    private static readonly string[] CommunityCommittees = ["居民委员会", "居委会"];

    /// <summary>The place a committee is named after: 王家村委会 → 王家村, 师范街社区居委会 → 师范街社区; other names unchanged.</summary>
    public static string PlaceName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return Strip(trimmed, VillageCommittees, "村") ?? Strip(trimmed, CommunityCommittees, "社区") ?? trimmed;
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
