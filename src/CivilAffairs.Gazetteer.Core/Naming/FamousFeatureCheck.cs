namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Rule 10: a division (province, city, county, township) does not take its specific from a famous feature.</summary>
public static class FamousFeatureCheck
{
    public static RuleResult Check(string name, string category)
    {
        if (!NameCategories.Divisions.Contains(category))
            return RuleResult.Pass(NamingRules.FamousFeature, $"Applies to the names of divisions only; a {category} may be named after a nearby feature.");
        var found = NamingLists.Shared.FamousFeatures.FoundIn(name);
        if (found.Count == 0)
            return RuleResult.Pass(NamingRules.FamousFeature, "The name takes nothing from the famous natural features and heritage sites of the list (data/naming/famous-features.tsv).");
        return RuleResult.Violation(NamingRules.FamousFeature,
            $"{name} takes {string.Join("; ", found.Select(e => $"{e.Word} from {e.Note}"))}: a division's specific must not come from a famous natural feature or heritage site, " +
            "so that the feature's name stays its own. Choose a specific from the place itself.");
    }
}
