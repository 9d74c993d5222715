using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>
/// What a proposed or collected name must be before anything else is checked: Chinese
/// characters (Extension B included), with ASCII digits and the middle dot allowed for numbered
/// streets (经5路) and transliterated minority names; at most <see cref="MaxLength"/> characters.
/// The naming rules proper (uniqueness, oversized words, standard characters) are the name checks'.
/// </summary>
public static class ProposedNameRules
{
    public const int MaxLength = 30;

    /// <summary>Null when the name is acceptable input, else what is wrong, in words a clerk can act on.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "The name is empty: give the proposed name in Chinese characters, such as 槐树沟.";
        if (name.Trim().Length != name.Length)
            return "The name starts or ends with spaces: give it exactly as it is to be written.";
        if (!name.IsNormalized(NormalizationForm.FormC))
            return "The name is not in Unicode normal form C: send the characters as typed.";
        var length = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            length++;
            if (length > MaxLength)
                return $"The name has more than {MaxLength} characters: a place name is a specific and a generic (槐树沟村), not a description.";
            if (IsHan(rune) || rune.Value is >= '0' and <= '9' or '·')
                continue;
            var shown = rune.ToString();
            return Rune.IsLetter(rune) && rune.Value < 0x2E80
                ? $"The name contains the letter '{shown}': a place name is written in Chinese characters; give the romanization separately (it is derived from the characters)."
                : $"The name contains '{shown}' (U+{rune.Value:X4}), which is not a Chinese character: emoji, punctuation and spaces are not part of a place name.";
        }
        return null;
    }

    private static bool IsHan(Rune rune) =>
        rune.Value is >= 0x4E00 and <= 0x9FFF   // CJK Unified Ideographs
            or >= 0x3400 and <= 0x4DBF          // Extension A
            or >= 0x20000 and <= 0x323AF        // Extensions B-H
            or 0x3007                           // 〇
        && Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
