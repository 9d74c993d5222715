using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// The final order of candidates: how well the text matched (exact over prefix over substring),
/// then the admin-level weight, the status, and closeness to the point the search is biased to.
/// </summary>
internal static class Ranking
{
    private const double QualityStep = 10;
    private const double NearBonus = 4;
    private const double NearScaleKm = 10;

    public static SearchHit? Rank(IndexedPlace place, SearchQuery query, (double Lon, double Lat)? near, MatchQuality atLeast)
    {
        var match = BestMatch(place, query);
        if (match is null || match.Value.Quality < atLeast) return null;
        var (kind, quality, text) = match.Value;
        double? distance = near is { } p && place.Lon is { } lon && place.Lat is { } lat ? Haversine(p.Lon, p.Lat, lon, lat) : null;
        var score = (int)quality * QualityStep + place.Weight + StatusAdjustment(place.Status) + KindBonus(kind)
            + (distance is { } d ? NearBonus / (1 + d / 1000 / NearScaleKm) : 0);
        return new SearchHit(place.Kind, place.Id, place.Code, place.Name, kind, quality, text, Math.Round(score, 4),
            place.DivisionCode, place.Category, place.Status, place.Provenance, place.Lon, place.Lat, distance);
    }

    /// <summary>Best first; equal scores put shorter names first, then a stable order.</summary>
    public static int Compare(SearchHit a, SearchHit b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0) return byScore;
        var byLength = a.Name.Length.CompareTo(b.Name.Length);
        if (byLength != 0) return byLength;
        var byKind = string.CompareOrdinal(a.Kind, b.Kind);
        return byKind != 0 ? byKind : a.Id.CompareTo(b.Id);
    }

    private static (MatchKind Kind, MatchQuality Quality, string Text)? BestMatch(IndexedPlace place, SearchQuery query)
    {
        (MatchKind, MatchQuality, string)? best = null;
        void Consider(MatchKind kind, MatchQuality? quality, string text)
        {
            if (quality is { } q && (best is null || q > best.Value.Item2)) best = (kind, q, text);
        }

        var typed = query.Text;
        if (typed.Name.Length > 0)
        {
            foreach (var name in place.Aliases.Prepend(place.Name))
                Consider(name == place.Name ? MatchKind.Name : MatchKind.Alias, Quality(TypedText.Normalise(name), typed.Name), name);
            foreach (var name in place.TraditionalNames)
                Consider(MatchKind.Traditional, Quality(TypedText.Normalise(name), typed.Name), name);
            foreach (var name in place.FormerNames)
                Consider(MatchKind.FormerName, Quality(TypedText.Normalise(name), typed.Name), name);
        }
        if (query.Simplified.Length > 0)
        {
            // Typed in traditional characters, matched through the simplified name (divisions and
            // points of interest store no traditional form).
            foreach (var name in place.Aliases.Prepend(place.Name))
                Consider(MatchKind.Traditional, Quality(TypedText.Normalise(name), query.Simplified), name);
            foreach (var name in place.FormerNames)
                Consider(MatchKind.FormerName, Quality(TypedText.Normalise(name), query.Simplified), name);
        }
        if (typed.Latin.Length > 0)
        {
            var terms = place.IndexedPinyinTerms ?? PlaceDocument.PinyinTerms(place).ToList();
            if (terms.Count > 0)
            {
                Consider(MatchKind.Pinyin, PinyinQuality(terms, typed.Latin), place.PinyinKey ?? terms[0]);
                foreach (var key in query.WadeGilesKeys)
                    Consider(MatchKind.WadeGiles, PinyinQuality(terms, key), place.PinyinKey ?? terms[0]);
            }
            if (place.Initials is { Length: > 0 } initials && typed.Latin.Length >= 2)
                Consider(MatchKind.Initials, Quality(initials.ToLowerInvariant(), typed.Latin, allowSubstring: false), initials);
            if (place.Everyday is { } everyday)
            {
                Consider(MatchKind.Pinyin, Quality(everyday.Key, typed.Latin, allowSubstring: false), everyday.Key);
                if (typed.Latin.Length >= 2)
                    Consider(MatchKind.Initials, Quality(everyday.Initials, typed.Latin, allowSubstring: false), everyday.Initials);
            }
        }
        return best;
    }

    private static MatchQuality? Quality(string candidate, string typed, bool allowSubstring = true) =>
        candidate == typed ? MatchQuality.Exact
        : candidate.StartsWith(typed, StringComparison.Ordinal) ? MatchQuality.Prefix
        : allowSubstring && candidate.Contains(typed, StringComparison.Ordinal) ? MatchQuality.Substring
        : null;

    /// <summary>Pinyin matches the whole key, or from the start of a later word (xian in Hongtong Xian).</summary>
    private static MatchQuality? PinyinQuality(IReadOnlyList<string> terms, string typed)
    {
        var whole = Quality(terms[0], typed, allowSubstring: false);
        if (whole is not null) return whole;
        return terms.Skip(1).Any(t => t.StartsWith(typed, StringComparison.Ordinal)) ? MatchQuality.Substring : null;
    }

    private static double StatusAdjustment(string status) => status switch
    {
        "current" => 0,
        "proposed" => -0.5,
        "historical" => -1,
        _ => -2,
    };

    /// <summary>Among equal matches the standard name reads best, then aliases and romanizations, then history.</summary>
    private static double KindBonus(MatchKind kind) => kind switch
    {
        MatchKind.Name => 0.3,
        MatchKind.Alias or MatchKind.Traditional or MatchKind.Pinyin => 0.2,
        MatchKind.Initials or MatchKind.WadeGiles => 0.1,
        _ => 0,
    };

    /// <summary>Great-circle distance in metres.</summary>
    public static double Haversine(double lon1, double lat1, double lon2, double lat2)
    {
        const double EarthRadius = 6_371_008.8;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
