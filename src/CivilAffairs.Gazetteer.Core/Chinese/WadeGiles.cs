namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// Wade-Giles (威妥玛拼音), the romanization of old Western maps and literature: 洪洞 Hung-t'ung,
/// 太原 T'ai-yüan, 榆次 Yü-tz'u. Converts from pinyin and reads what people type back to pinyin keys.
/// </summary>
public static class WadeGiles
{
    private const int MaxCandidates = 64;

    private static readonly Lazy<WadeGilesReader> Reader = new(WadeGilesReader.Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>One toneless pinyin syllable ("tong", "lü" or "lv") → its Wade-Giles form ("t'ung", "lü"); unknown text comes back lower-cased.</summary>
    public static string FromPinyin(string tonelessSyllable)
    {
        ArgumentNullException.ThrowIfNull(tonelessSyllable);
        var key = PinyinText.Key(tonelessSyllable.Trim());
        return SyllableInventory.Shared.WadeGiles.TryGetValue(key, out var wade) ? wade : key;
    }

    /// <summary>
    /// The pinyin key of a typed Wade-Giles name: "Hung-t'ung", "Hungtung", "Hung tung" → "hongtong".
    /// Apostrophes, umlauts, hyphens, spaces and tone numbers are optional. When dropped marks leave
    /// several readings (tung is dong, t'ung is tong), a reading that spells a known Shanxi name wins,
    /// else the reading the marks as typed give. Null when the text is not Wade-Giles.
    /// </summary>
    public static string? ToPinyinKey(string typed)
    {
        var candidates = ToPinyinKeys(typed);
        if (candidates.Count == 0) return null;
        return Reader.Value.Prefer(candidates);
    }

    /// <summary>Every pinyin key the typed Wade-Giles can stand for (at most 64), the reading of the marks as typed first.</summary>
    public static IReadOnlyList<string> ToPinyinKeys(string typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return [];
        var readings = Reader.Value.Read(typed);
        if (readings is null) return [];
        var keys = new List<string> { "" };
        foreach (var options in readings)
        {
            var next = new List<string>();
            foreach (var prefix in keys)
                foreach (var option in options)
                    if (next.Count < MaxCandidates) next.Add(prefix + option);
            keys = next;
        }
        return keys;
    }

    /// <summary>True when the typed Wade-Giles can be the name with this pinyin key ("Yutzu" matches "yuci").</summary>
    public static bool Matches(string typed, string pinyinKey) =>
        ToPinyinKeys(typed).Contains(pinyinKey, StringComparer.Ordinal);
}
