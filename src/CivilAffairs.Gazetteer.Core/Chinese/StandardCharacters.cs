namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// The 8,105 characters of the 通用规范汉字表 (Unihan kTGHZ2013). Naming rule 4: a name should use
/// standard characters; rare ones (CJK Extension B 𣵦) are stored faithfully but flagged.
/// </summary>
public static class StandardCharacters
{
    public static bool IsStandard(int codePoint) =>
        ReadingTables.Shared.TryGetReadings(codePoint, out var readings) && readings.Standard;

    /// <summary>The Chinese characters of the text outside the standard table, each once, in order of appearance.</summary>
    public static IReadOnlyList<string> NonStandardIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsHan(rune.Value) || IsStandard(rune.Value)) continue;
            var character = rune.ToString();
            if (!found.Contains(character)) found.Add(character);
        }
        return found;
    }

    internal static bool IsHan(int codePoint) =>
        codePoint is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x323AF;
}
