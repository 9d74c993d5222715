using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// The ways people write a division's name. Village rows carry the committee's name
/// (贾村村委会, 东关社区居委会); the place is 贾村 / 东关社区, and XX村 = XX村委会 = XX村民委员会 =
/// XX村村委会. A generic is stripped only when at least two characters stay (隰县, never 隰).
/// </summary>
internal static class NameForms
{
    private static readonly (string Suffix, string Place)[] CommitteeSuffixes =
    [
        ("社区居民委员会", "社区"), ("社区居委会", "社区"), ("居民委员会", "社区"), ("居委会", "社区"),
        ("村民委员会", "村"), ("村村委会", "村"), ("村委会", "村"), ("村民委会", "村"), ("委员会", ""),
    ];

    private static readonly string[] CommitteeGenerics = ["村委会", "村民委员会", "村村委会"];
    private static readonly string[] CommunityGenerics = ["社区居委会", "社区居民委员会"];

    private static readonly Dictionary<DivisionLevel, string[]> Generics = new()
    {
        [DivisionLevel.Province] = ["省"],
        [DivisionLevel.City] = ["市", "地区"],
        [DivisionLevel.County] = ["自治县", "县", "区", "市"],
        [DivisionLevel.Township] = ["街道办事处", "街道", "镇", "乡"],
        [DivisionLevel.Village] = ["社区", "村"],
    };

    /// <summary>The place a village committee stands for: 贾村村委会 → 贾村; other levels are their own place.</summary>
    public static string PlaceName(DivisionRecord division) =>
        division.Level == DivisionLevel.Village ? PlaceOfCommittee(division.Name) : division.Name;

    public static string PlaceOfCommittee(string name)
    {
        foreach (var (suffix, place) in CommitteeSuffixes)
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = name[..^suffix.Length];
                return stem.EndsWith(place, StringComparison.Ordinal) ? stem : stem + place;
            }
        return name;
    }

    /// <summary>The name without its generic, or null when that would leave fewer than two characters.</summary>
    public static string? ShortForm(string placeName, DivisionLevel level)
    {
        foreach (var generic in Generics[level])
            if (placeName.EndsWith(generic, StringComparison.Ordinal))
                return placeName.Length - generic.Length >= 2 ? placeName[..^generic.Length] : null;
        return null;
    }

    /// <summary>Every full form of the unit's name: the official one, the place, and the committee variants.</summary>
    public static IEnumerable<string> FullForms(DivisionRecord division)
    {
        var place = PlaceName(division);
        var forms = new HashSet<string>(StringComparer.Ordinal) { division.Name, place };
        if (division.Level == DivisionLevel.Village)
        {
            if (place.EndsWith('村'))
                foreach (var generic in CommitteeGenerics)
                    forms.Add(place[..^1] + generic);
            else if (place.EndsWith("社区", StringComparison.Ordinal))
                foreach (var generic in CommunityGenerics)
                    forms.Add(place[..^2] + generic);
        }
        return forms;
    }
}
