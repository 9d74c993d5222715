namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>The romanization columns of a place row (Hanyu Pinyin, GB/T 16159), as the import stored them.</summary>
public sealed record StoredRomanization(
    string WithTones,
    string Toneless,
    string Key,
    string Initials,
    bool NeedsReview);
