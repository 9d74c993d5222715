using System.Collections.Frozen;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>Simplified ↔ traditional character tables (Unihan kSimplifiedVariant / kTraditionalVariant) and the place-name choices.</summary>
internal sealed class ScriptTables
{
    private static readonly Lazy<ScriptTables> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private ScriptTables(
        FrozenDictionary<int, string> toSimplified,
        FrozenDictionary<int, string[]> toTraditional,
        FrozenDictionary<int, string> chosenTraditional,
        FrozenDictionary<string, string> traditionalWords)
    {
        ToSimplified = toSimplified;
        ToTraditional = toTraditional;
        ChosenTraditional = chosenTraditional;
        TraditionalWords = traditionalWords;
        LongestWord = traditionalWords.Count == 0 ? 0 : traditionalWords.Keys.Max(k => k.Length);
    }

    public static ScriptTables Shared => Loaded.Value;

    public FrozenDictionary<int, string> ToSimplified { get; }

    /// <summary>Every traditional form of a simplified character, in Unihan's order.</summary>
    public FrozenDictionary<int, string[]> ToTraditional { get; }

    /// <summary>The form place names use when a simplified character has several (台 → 臺, 后 → 後).</summary>
    public FrozenDictionary<int, string> ChosenTraditional { get; }

    /// <summary>Words whose traditional form differs from the character choice (后土 stays 后土).</summary>
    public FrozenDictionary<string, string> TraditionalWords { get; }

    public int LongestWord { get; }

    private static ScriptTables Load()
    {
        var toSimplified = TableFile.Rows("traditional-to-simplified.tsv")
            .ToFrozenDictionary(row => char.ConvertToUtf32(row[0], 0), row => row[1]);
        var toTraditional = TableFile.Rows("simplified-to-traditional.tsv")
            .ToFrozenDictionary(row => char.ConvertToUtf32(row[0], 0), row => row[1].EnumerateRunes().Select(r => r.ToString()).ToArray());
        var choices = new Dictionary<int, string>();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in TableFile.Rows("traditional-choices.tsv"))
        {
            if (row[0].EnumerateRunes().Count() == 1) choices[char.ConvertToUtf32(row[0], 0)] = row[1];
            else words[row[0]] = row[1];
        }
        return new ScriptTables(toSimplified, toTraditional, choices.ToFrozenDictionary(), words.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
