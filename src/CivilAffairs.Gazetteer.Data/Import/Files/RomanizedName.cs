namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// The romanization columns of a place ('Hóngtóng Xiàn', 'Hongtong Xian', 'hongtongxian', 'hdx') and its
/// traditional form (繁体); the romanization is null when the name could not be read.
/// </summary>
internal sealed record RomanizedName(string? Romanized, string? Toneless, string? Key, string? Initials, bool NeedsReview, string Traditional);
