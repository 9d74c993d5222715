using System.Collections.Frozen;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>Every toneless pinyin syllable the reading table uses, in key spelling (ü as v), with its Wade-Giles form.</summary>
internal sealed class SyllableInventory
{
    private static readonly Lazy<SyllableInventory> Loaded = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private SyllableInventory(FrozenDictionary<string, string> wadeGiles) => WadeGiles = wadeGiles;

    public static SyllableInventory Shared => Loaded.Value;

    /// <summary>Key spelling → Wade-Giles (hong → hung, lv → lü).</summary>
    public FrozenDictionary<string, string> WadeGiles { get; }

    public const int LongestSyllable = 6;

    public bool Contains(string key) => WadeGiles.ContainsKey(key);

    private static SyllableInventory Build()
    {
        var keys = ReadingTables.Shared.Characters.Values
            .SelectMany(c => c.Readings)
            .Select(PinyinText.Key)
            // Interjections (hm, ng, m) are not syllables of place names.
            .Where(k => k.Length > 0 && k.All(c => c is >= 'a' and <= 'z') && k.IndexOfAny(['a', 'e', 'i', 'o', 'u', 'v']) >= 0)
            .Distinct(StringComparer.Ordinal);
        return new SyllableInventory(keys.ToFrozenDictionary(k => k, WadeGilesSyllable.Convert, StringComparer.Ordinal));
    }
}
