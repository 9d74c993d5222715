using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Rule 11: a bridge, station or reservoir carries the name of the place it lies in or serves.</summary>
public static class FacilityNameCheck
{
    public static RuleResult Check(string name, string category, IReadOnlyList<LocalUnit> chain)
    {
        if (!NameCategories.Facilities.Contains(category))
            return RuleResult.Pass(NamingRules.FacilityName, $"Applies to facilities (bridges, stations, reservoirs, ...) only, not to a {category}.");
        var text = SearchText.Normalize(name);
        // Below the province: a facility named after Shanxi alone follows no local name.
        var local = chain.Where(u => u.Code.Length == 12 && !u.Code.EndsWith("0000000000", StringComparison.Ordinal)).ToList();
        var followed = local.FirstOrDefault(u => Specifics(u).Any(s => text.Contains(s, StringComparison.Ordinal)));
        if (followed is not null)
            return RuleResult.Pass(NamingRules.FacilityName, $"{name} follows the local place name {followed.Name}.");
        var examples = local.Select(u => u.ShortName ?? u.Name).Distinct().ToList();
        return RuleResult.Warning(NamingRules.FacilityName,
            $"{name} carries none of the local place names ({string.Join(", ", examples)}): a facility is normally named after the place it lies in or serves, " +
            $"so that people find it — unless it is named after a nearby natural feature or another registered place, which the reviewer should confirm.");
    }

    private static IEnumerable<string> Specifics(LocalUnit unit)
    {
        var names = new[] { unit.ShortName, CommitteeNames.PlaceName(unit.Name), PlaceNameParts.Split(CommitteeNames.PlaceName(unit.Name)).Specific };
        return names.Where(n => n is { Length: >= 2 }).Select(n => SearchText.Normalize(n!)).Distinct();
    }
}
