using System.Text;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;

namespace CivilAffairs.Gazetteer.Api.Romanizing;

/// <summary>What romanize accepts: one name, written at least partly in Chinese characters.</summary>
internal static class RomanizeText
{
    /// <summary>Longer text is not a place name (the longest registered names are under 40 characters).</summary>
    public const int MaxLength = 200;

    /// <summary>The trimmed text when it can be romanized; otherwise a BAD_USER_INPUT error that says what to send.</summary>
    public static string Checked(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new BadUserInputError("text is empty: give a place name in Chinese characters, such as 洪洞县.");
        var length = trimmed.EnumerateRunes().Count();
        if (length > MaxLength)
            throw new BadUserInputError(
                $"text is {length} characters long; romanize takes one place name of at most {MaxLength} characters. Send names one at a time.");
        if (!trimmed.EnumerateRunes().Any(IsChineseCharacter))
            throw new BadUserInputError(
                $"'{trimmed}' has no Chinese characters: romanize takes a name written in hanzi (汉字), such as 洪洞县. " +
                "A name already in pinyin or Wade-Giles needs no romanizing; to find the place it names, search for it.");
        return trimmed;
    }

    /// <summary>The CJK Unified Ideographs with extensions A to H and the compatibility ideographs: simplified, traditional and rare forms alike.</summary>
    private static bool IsChineseCharacter(Rune rune) => rune.Value is
        >= 0x3400 and <= 0x4DBF or
        >= 0x4E00 and <= 0x9FFF or
        >= 0xF900 and <= 0xFAFF or
        >= 0x20000 and <= 0x323AF or
        >= 0x2F800 and <= 0x2FA1F;
}
