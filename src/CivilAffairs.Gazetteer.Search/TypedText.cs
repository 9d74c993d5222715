using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// What a person typed, reduced to the forms the index holds: the name characters (full-width
/// forms folded, spaces and punctuation dropped) and, for Latin text, a pinyin key (tone marks
/// and numbers dropped, ü written v, letters only: "Hóng tóng" → "hongtong").
/// </summary>
internal sealed record TypedText(string Name, string Latin)
{
    public bool IsEmpty => Name.Length == 0 && Latin.Length == 0;

    public static TypedText Read(string text)
    {
        var name = Normalise(text);
        if (name.Length == 0) return new TypedText("", "");
        return ContainsHan(name) ? new TypedText(name, "") : new TypedText(name, PinyinKey(name));
    }

    /// <summary>The form names are indexed in: NFKC, lower case, letters, digits and marks only.</summary>
    public static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(folded, i);
            var isSurrogatePair = char.IsHighSurrogate(folded[i]) && i + 1 < folded.Length && char.IsLowSurrogate(folded[i + 1]);
            if (category is UnicodeCategory.OtherLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.LetterNumber)
            {
                if (isSurrogatePair) kept.Append(folded, i, 2);
                else kept.Append(char.ToLowerInvariant(folded[i]));
            }
            // Apostrophes matter to Wade-Giles (t'ung is tong, tung is dong) and pinyin (Xi'an).
            else if (folded[i] is '\'' or '’' or '‘' or 'ʻ')
                kept.Append('\'');
            if (isSurrogatePair) i++;
        }
        return kept.ToString();
    }

    /// <summary>"hóngtóng", "hong2 tong2", "Lǚliáng" → "hongtong", "hongtong", "lvliang".</summary>
    public static string PinyinKey(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = char.ToLowerInvariant(decomposed[i]);
            if (c == '\u0308' && key.Length > 0 && key[^1] == 'u')
                key[^1] = 'v';
            else if (c is >= 'a' and <= 'z')
                key.Append(c);
        }
        return key.ToString();
    }

    public static bool ContainsHan(string text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (IsHan(rune.Value)) return true;
        return false;
    }

    private static bool IsHan(int codePoint) =>
        codePoint is >= 0x3400 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF;
}
