namespace CivilAffairs.Gazetteer.Api.Places;

/// <summary>The stored romanization of a name (Hanyu Pinyin, GB/T 16159).</summary>
internal sealed record Romanization(
    string WithTones,
    string Toneless,
    string Key,
    string Initials,
    bool NeedsReview)
{
    /// <summary>The all-capital form for signs; the apostrophe stays (XI'AN).</summary>
    public string Sign => Toneless.ToUpperInvariant();
}
