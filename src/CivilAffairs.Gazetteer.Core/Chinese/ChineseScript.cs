using System.Text;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// Simplified (简体) ↔ traditional (繁体) characters. Traditional → simplified is one answer per
/// character; a simplified character with several traditional forms (台: 臺 檯 颱 台) takes the
/// form place names use (data/chinese/traditional-choices.tsv), else the one form that simplifies
/// back to it; <see cref="TraditionalForms"/> lists them all.
/// </summary>
public static class ChineseScript
{
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = ScriptTables.Shared.ToSimplified;
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsSurrogatePair(text, i);
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (table.TryGetValue(codePoint, out var simplified))
            {
                result ??= new StringBuilder(text, 0, i, text.Length);
                result.Append(simplified);
            }
            else
            {
                result?.Append(text, i, pair ? 2 : 1);
            }
            if (pair) i++;
        }
        return result?.ToString() ?? text;
    }

    public static string ToTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tables = ScriptTables.Shared;
        var words = tables.TraditionalWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var word = MatchWord(text, i, tables, words);
            if (word is not null)
            {
                result.Append(tables.TraditionalWords[word]);
                i += word.Length;
                continue;
            }
            var pair = char.IsSurrogatePair(text, i);
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            result.Append(Traditional(codePoint, tables) ?? text.Substring(i, pair ? 2 : 1));
            i += pair ? 2 : 1;
        }
        return result.ToString();
    }

    /// <summary>Every traditional form of one simplified character (发 → 發, 髮); the character itself when it has none.</summary>
    public static IReadOnlyList<string> TraditionalForms(string character)
    {
        ArgumentException.ThrowIfNullOrEmpty(character);
        return ScriptTables.Shared.ToTraditional.TryGetValue(char.ConvertToUtf32(character, 0), out var forms)
            ? forms
            : [character];
    }

    private static string? MatchWord(string text, int start, ScriptTables tables, System.Collections.Frozen.FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        for (var length = Math.Min(tables.LongestWord, text.Length - start); length > 1; length--)
            if (words.TryGetValue(text.AsSpan(start, length), out _)) return text.Substring(start, length);
        return null;
    }

    private static string? Traditional(int codePoint, ScriptTables tables)
    {
        if (tables.ChosenTraditional.TryGetValue(codePoint, out var chosen)) return chosen;
        if (!tables.ToTraditional.TryGetValue(codePoint, out var forms)) return null;
        // Unihan lists a simplified character among its own traditional forms when it was also
        // written that way (区 beside 區); the other form is the traditional one. A form that does
        // not simplify back to the character (乾 for 干) would not survive a round trip.
        var self = char.ConvertFromUtf32(codePoint);
        foreach (var form in forms)
            if (form != self && tables.ToSimplified.TryGetValue(char.ConvertToUtf32(form, 0), out var back) && back == self)
                return form;
        return null;
    }
}
