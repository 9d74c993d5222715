using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>
/// Rules 8 and 9 over the names found in the scope: the same characters are a duplicate (UNIQUE), the
/// same toneless pinyin with other characters a homophone (HOMOPHONE: the regulation asks to avoid them).
/// </summary>
public static class ScopeCheck
{
    public static IReadOnlyList<RuleResult> Check(string name, NamingScope scope, IEnumerable<RegisteredName> found)
    {
        var proposed = ComparedName.Of(name);
        var on = scope.ComparedOn;
        var duplicates = new List<RegisteredName>();
        var homophones = new List<RegisteredName>();
        foreach (var other in found.Where(f => InScope(scope, f.DivisionCode)))
        {
            var compared = ComparedName.Of(other.Name, other.Source == ConflictSource.Place ? other.Specific : null, other.PinyinKey);
            if (compared.Text(on) == proposed.Text(on)) duplicates.Add(other);
            else if (compared.Key(on).Length > 0 && compared.Key(on) == proposed.Key(on)) homophones.Add(other);
        }
        var what = on == NameComparison.Specific ? $"the specific {proposed.Specific}" : proposed.Place;
        return [Unique(what, scope, duplicates), Homophone(what, proposed.Key(on), scope, homophones)];
    }

    /// <summary>Whether a code lies in the scope; the SQL narrows by prefix, districts-only scopes narrow further here.</summary>
    public static bool InScope(NamingScope scope, string divisionCode)
    {
        if (!divisionCode.StartsWith(scope.DivisionPrefix, StringComparison.Ordinal)) return false;
        if (!scope.DistrictsOnly) return true;
        return divisionCode.Length >= 6 && int.TryParse(divisionCode.AsSpan(4, 2), out var county) && county is >= 1 and <= 20;
    }

    private static RuleResult Unique(string what, NamingScope scope, List<RegisteredName> duplicates)
    {
        if (duplicates.Count == 0)
            return RuleResult.Pass(NamingRules.Unique, $"No current name or pending proposal uses {what} among {scope.Description}.");
        return new RuleResult(NamingRules.Unique, scope.DuplicateOutcome,
            $"{what} is already used among {scope.Description}: {List(duplicates)}. Choose another name, or add a distinguishing part (东, 西, 新, a landmark).",
            duplicates.Select(d => d.AsConflict()).ToList());
    }

    private static RuleResult Homophone(string what, string key, NamingScope scope, List<RegisteredName> homophones)
    {
        if (homophones.Count == 0)
            return RuleResult.Pass(NamingRules.Homophone, $"No other name among {scope.Description} sounds like {what} ({key}, tones aside).");
        return new RuleResult(NamingRules.Homophone, CheckOutcome.Warning,
            $"{what} sounds like {List(homophones)} — all read {key} without tones — among {scope.Description}. " +
            "Homophones are to be avoided: spoken, on the phone or in pinyin they cannot be told apart.",
            homophones.Select(h => h.AsConflict()).ToList());
    }

    private static string List(List<RegisteredName> names) =>
        string.Join(", ", names.Take(5).Select(Describe)) + (names.Count > 5 ? $" and {names.Count - 5} more" : "");

    private static string Describe(RegisteredName name)
    {
        var code = DivisionCode.TryParse(name.DivisionCode, out var parsed) ? parsed.Short : name.DivisionCode;
        return name.Source == ConflictSource.Place
            ? $"{name.Name} ({name.Category}, {code})"
            : $"{name.Name} (proposal {name.Id}, {name.State}, {code})";
    }
}
