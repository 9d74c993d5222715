using System.Text;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// Reads a name the way a search box sees it typed: every character in its most common reading
/// (Unihan's first), ignoring the place-name readings the romanizer applies.
/// </summary>
public static class EverydayReading
{
    /// <summary>Null when a character of the name has no reading (not a name in Chinese characters).</summary>
    public static EverydayPinyin? Of(string name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var text = ChineseScript.ToSimplified(SearchText.Fold(name));
        var tables = ReadingTables.Shared;
        var key = new StringBuilder(text.Length * 4);
        var initials = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsSurrogatePair(text, i);
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (pair) i++;
            if (!tables.TryGetReadings(codePoint, out var readings) || readings.Readings.Length == 0) return null;
            var syllable = PinyinText.Key(readings.Readings[0]);
            if (syllable.Length == 0) return null;
            key.Append(syllable);
            initials.Append(syllable[0]);
        }
        return key.Length == 0 ? null : new EverydayPinyin(key.ToString(), initials.ToString());
    }
}
