namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Whether two names are the same or similar enough that a reviewer should compare them (POI duplicates).</summary>
public static class NameSimilarity
{
    /// <summary>The strongest resemblance, or null when the names are unrelated.</summary>
    public static NameMatch? Compare(ComparedName submitted, ComparedName registered)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        ArgumentNullException.ThrowIfNull(registered);
        if (submitted.Place.Length == 0 || registered.Place.Length == 0) return null;
        if (submitted.Place == registered.Place) return NameMatch.SameName;
        if (submitted.PlaceKey.Length > 0 && submitted.PlaceKey == registered.PlaceKey) return NameMatch.SameReading;
        if (submitted.Specific.Length >= 2 && submitted.Specific == registered.Specific) return NameMatch.SameSpecific;
        var shorter = Math.Min(submitted.Place.Length, registered.Place.Length);
        if (shorter >= 2 && (submitted.Place.Contains(registered.Place, StringComparison.Ordinal) || registered.Place.Contains(submitted.Place, StringComparison.Ordinal)))
            return NameMatch.Contains;
        if (shorter >= 3 && Distance(submitted.Place, registered.Place, 1) <= 1) return NameMatch.OneCharacterApart;
        if (Math.Min(submitted.PlaceKey.Length, registered.PlaceKey.Length) >= 6 && Distance(submitted.PlaceKey, registered.PlaceKey, 2) <= 2)
            return NameMatch.SimilarReading;
        return null;
    }

    /// <summary>How much a match of this kind counts, before distance: a same name is near certain, a similar reading a hint.</summary>
    public static double Weight(NameMatch match) => match switch
    {
        NameMatch.SameName => 1.0,
        NameMatch.SameReading => 0.9,
        NameMatch.SameSpecific => 0.8,
        NameMatch.Contains => 0.65,
        NameMatch.OneCharacterApart => 0.6,
        _ => 0.5,
    };

    /// <summary>Levenshtein distance, given up once it exceeds <paramref name="limit"/> (then limit + 1).</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }
            if (best > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[b.Length], limit + 1);
    }
}
