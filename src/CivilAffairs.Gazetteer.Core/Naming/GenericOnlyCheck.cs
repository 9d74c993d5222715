using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Rule 1: a specific followed by a generic; 城区, 郊区, 矿区 (generics grown into names) are generic only.</summary>
public static class GenericOnlyCheck
{
    public static RuleResult Check(string name)
    {
        var place = CommitteeNames.PlaceName(name);
        var parts = PlaceNameParts.Split(place);
        if (parts.Generic is not null)
            return RuleResult.Pass(NamingRules.GenericOnly, $"{place} is the specific {parts.Specific} with the generic {parts.Generic}.");
        if (PlaceNameParts.IsGenericOnly(place))
            return RuleResult.Warning(NamingRules.GenericOnly,
                $"{place} is a generic term alone (like 城区, 郊区, 矿区): it says what kind of place this is but not which one. " +
                "Several places already carry such names; add a specific (专名) that tells this place apart, such as 东城区.");
        return RuleResult.Warning(NamingRules.GenericOnly,
            $"{place} has no generic (通名) the registry recognises: a place name usually ends in one (村, 镇, 路, 山, 河, ...). " +
            "Check that the name is complete.");
    }
}
