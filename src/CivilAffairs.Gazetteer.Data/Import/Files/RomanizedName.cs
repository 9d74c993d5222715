namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>The romanization columns of a place: 'Hóngtóng Xiàn', 'Hongtong Xian', 'hongtongxian', 'hdx'.</summary>
internal sealed record RomanizedName(string Romanized, string Toneless, string Key, string Initials, bool NeedsReview);
