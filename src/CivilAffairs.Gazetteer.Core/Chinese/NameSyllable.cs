namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// One syllable of a name being romanized: its toned pinyin, or Latin text kept as written.
/// Others holds the readings of an unsettled polyphonic character besides the one chosen.
/// </summary>
internal readonly record struct NameSyllable(string Text, int Position, bool IsLatin, string[]? Others);
