using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>
/// The input checks a name passes before any rule is asked: something a person could have meant
/// as a Chinese place name. What fails here is an error to correct, not a rule finding.
/// </summary>
public static class ProposedName
{
    /// <summary>Longer than any real place name (the longest of the 2023 table is 20 characters), short enough to read.</summary>
    public const int MaxLength = 50;

    /// <summary>The trimmed name, or <see cref="NameCheckInputException"/> saying what to change.</summary>
    public static string Checked(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new NameCheckInputException(NameCheckProblem.BadInput, "The name is empty: write the proposed name in Chinese characters, such as 贾村 or 平陆县.");
        if (SearchText.HasLoneSurrogate(trimmed))
            throw new NameCheckInputException(NameCheckProblem.BadInput, "The name holds a broken character (an unpaired UTF-16 surrogate): send the text as UTF-8 again.");
        var length = trimmed.EnumerateRunes().Count();
        if (length > MaxLength)
            throw new NameCheckInputException(NameCheckProblem.BadInput,
                $"The name has {length} characters; a place name has at most {MaxLength}. Give the name alone, without address or description.");

        var latin = new StringBuilder();
        var other = new List<string>();
        var han = 0;
        foreach (var rune in trimmed.EnumerateRunes())
        {
            if (StandardCharacters.IsHan(rune.Value) || rune.Value == '〇') han++;
            else if (Rune.IsLetter(rune)) latin.Append(rune.ToString());
            else if (!Allowed(rune) && !other.Contains(rune.ToString())) other.Add(rune.ToString());
        }
        if (latin.Length > 0)
            throw new NameCheckInputException(NameCheckProblem.BadInput,
                $"The name contains letters ({latin}): write the name in Chinese characters and give the Hanyu Pinyin in romanization.");
        if (other.Count > 0)
            throw new NameCheckInputException(NameCheckProblem.BadInput,
                $"The name contains {string.Join(" ", other.Select(Describe))}, which no place name has: use Chinese characters (digits and the middle dot · are allowed).");
        if (han == 0)
            throw new NameCheckInputException(NameCheckProblem.BadInput, "The name has no Chinese character: write the proposed name in Chinese characters, such as 贾村 or 平陆县.");
        return trimmed;
    }

    /// <summary>Digits (经五路 may be written 经5路) and the middle dot of transcribed names.</summary>
    private static bool Allowed(Rune rune) =>
        Rune.IsDigit(rune) || rune.Value is '·' or '・' or '-';

    private static string Describe(string character)
    {
        var codePoint = char.ConvertToUtf32(character, 0);
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        var printable = category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
        return printable ? $"'{character}' (U+{codePoint:X4})" : $"U+{codePoint:X4}";
    }
}
