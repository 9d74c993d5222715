namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// Every written form of one place name's romanization (罗马字母拼写), per the 1984 rules for
/// Chinese place names (GB/T 16159).
/// </summary>
/// <param name="WithTones">Hanyu Pinyin with tone marks, specific and generic apart: "Hóngtóng Xiàn".</param>
/// <param name="Toneless">The same without tone marks, ü kept: "Hongtong Xian", "Lüliang Shi".</param>
/// <param name="Sign">The form for road signs and maps: all capitals, apostrophes kept: "HONGTONG XIAN".</param>
/// <param name="Key">The homophone key: toneless, lower case, letters only, ü written v: "hongtongxian".</param>
/// <param name="Initials">The first letter of every syllable: "hdx".</param>
/// <param name="WadeGiles">The Wade-Giles spelling historians meet in old literature: "Hung-t'ung Hsien"; null when nothing was romanized.</param>
/// <param name="NeedsReview">True when a reading was not settled by a place-name entry or a clear rule
/// (a polyphonic character, a character without any reading, text that is not a name); a person must check it.</param>
/// <param name="Alternatives">Other with-tones forms the name could have; the first reading of each
/// unsettled character is the one shown in <paramref name="WithTones"/>.</param>
public sealed record Romanization(
    string WithTones,
    string Toneless,
    string Sign,
    string Key,
    string Initials,
    string? WadeGiles,
    bool NeedsReview,
    IReadOnlyList<string> Alternatives);
