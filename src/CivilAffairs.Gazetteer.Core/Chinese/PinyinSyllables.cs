using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>Splits typed pinyin into syllables: "hongtong", "hong tong", "hóngtóng", "hong2tong2", "Xi'an".</summary>
public static class PinyinSyllables
{
    /// <summary>
    /// The syllables in key spelling (toneless, lower case, ü as v): "hóngtóng" → [hong, tong], "lüliang" → [lv, liang].
    /// An apostrophe, hyphen or space ends a syllable; without them the longest syllable is taken first (xian, not xi'an).
    /// Null when the text is not pinyin.
    /// </summary>
    public static IReadOnlyList<string>? Segment(string typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var text = Letters(typed);
        if (text is null) return null;
        var inventory = SyllableInventory.Shared;
        var syllables = new List<string>();
        foreach (var chunk in text.Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = Split(chunk, 0, inventory, new HashSet<int>());
            if (parts is null) return null;
            syllables.AddRange(parts);
        }
        return syllables.Count == 0 ? null : syllables;
    }

    private static List<string>? Split(string text, int start, SyllableInventory inventory, HashSet<int> dead)
    {
        if (start == text.Length) return [];
        if (dead.Contains(start)) return null;
        for (var length = Math.Min(SyllableInventory.LongestSyllable, text.Length - start); length > 0; length--)
        {
            var candidate = text.Substring(start, length);
            if (!inventory.Contains(candidate)) continue;
            var rest = Split(text, start + length, inventory, dead);
            if (rest is null) continue;
            rest.Insert(0, candidate);
            return rest;
        }
        dead.Add(start);
        return null;
    }

    /// <summary>Lower-case letters with ü as v and separators kept; tone marks and tone numbers dropped; null on anything else.</summary>
    private static string? Letters(string typed)
    {
        // An unpaired surrogate is not pinyin (and would make Normalize throw).
        if (SearchText.HasLoneSurrogate(typed))
            return null;
        var decomposed = typed.Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or ' ' or '-' or '\'') text.Append(lower);
            else if (lower == '\u0308' && text.Length > 0 && text[^1] == 'u') text[^1] = 'v';
            else if (lower is '’' or '‘' or 'ʼ') text.Append('\'');
            else if (lower is >= '1' and <= '5' || CharUnicodeInfo.GetUnicodeCategory(lower) == UnicodeCategory.NonSpacingMark) continue;
            else return null;
        }
        return text.ToString();
    }
}
