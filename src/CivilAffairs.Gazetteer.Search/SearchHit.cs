namespace CivilAffairs.Gazetteer.Search;

/// <summary>One found place, and what of its names matched the typed text.</summary>
/// <param name="Kind">The table it comes from: place, division, historical_name or poi.</param>
/// <param name="Id">Its id in that table.</param>
/// <param name="Matched">Which form matched: the name, an alias, a former name, the traditional form, pinyin, initials or Wade-Giles.</param>
/// <param name="MatchedText">The matched form as stored (洪洞縣, hongtongxian, hdx).</param>
/// <param name="DistanceMeters">Great-circle distance to the point the search was biased to, when one was given.</param>
public sealed record SearchHit(
    string Kind,
    long Id,
    string? Code,
    string Name,
    MatchKind Matched,
    MatchQuality Quality,
    string MatchedText,
    double Score,
    string? DivisionCode,
    string Category,
    string Status,
    string Provenance,
    double? Lon,
    double? Lat,
    double? DistanceMeters);
