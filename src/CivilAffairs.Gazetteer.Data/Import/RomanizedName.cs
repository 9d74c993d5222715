namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>The romanization columns of a place row: 'Hóngtóng Xiàn', 'Hongtong Xian', 'hongtongxian', 'hdx'.</summary>
internal sealed record RomanizedName(
    string Romanized,
    string Toneless,
    string PinyinKey,
    string Initials,
    bool NeedsReview,
    string Traditional);
