using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// Reads typed Wade-Giles back into pinyin. People drop the aspiration apostrophes and the umlauts,
/// so a syllable typed without them is read every way it could have been written with them —
/// unless the same text uses those marks elsewhere, which shows the writer keeps them.
/// </summary>
internal sealed class WadeGilesReader
{
    private const int LongestForm = 8;

    private readonly FrozenDictionary<string, string[]>[] _byMarks;
    private readonly Lazy<IReadOnlyList<string>> _knownKeys;

    private WadeGilesReader(FrozenDictionary<string, string[]>[] byMarks)
    {
        _byMarks = byMarks;
        _knownKeys = new Lazy<IReadOnlyList<string>>(LoadKnownKeys, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static WadeGilesReader Build()
    {
        // Index 0: marks as written; 1: apostrophes dropped; 2: umlauts dropped; 3: both dropped.
        var maps = Enumerable.Range(0, 4).Select(_ => new Dictionary<string, List<string>>(StringComparer.Ordinal)).ToArray();
        foreach (var (pinyin, wade) in SyllableInventory.Shared.WadeGiles.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (var marks = 0; marks < 4; marks++)
            {
                var form = Drop(wade, apostrophes: (marks & 1) != 0, umlauts: (marks & 2) != 0);
                if (!maps[marks].TryGetValue(form, out var list)) maps[marks][form] = list = [];
                // The reading that needs no dropped mark (tung → dong) comes before the one that does (t'ung → tong).
                if (form == wade) list.Insert(0, pinyin);
                else list.Add(pinyin);
            }
        }
        return new WadeGilesReader(maps.Select(m => m.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal)).ToArray());
    }

    /// <summary>The pinyin options of each syllable, or null when the text is not Wade-Giles.</summary>
    public List<string[]>? Read(string typed)
    {
        var text = Normalize(typed);
        if (text is null) return null;
        var marks = (text.Contains('\'') ? 0 : 1) | (text.Contains('ü') ? 0 : 2);
        var map = _byMarks[marks];
        var result = new List<string[]>();
        foreach (var chunk in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var forms = Segment(chunk, 0, map, new HashSet<int>());
            if (forms is null) return null;
            result.AddRange(forms.Select(f => map[f]));
        }
        return result.Count == 0 ? null : result;
    }

    /// <summary>Of several readings, one that spells a known Shanxi name (洪洞, 榆次, 太原 ...) wins.</summary>
    public string Prefer(IReadOnlyList<string> candidates)
    {
        var best = candidates[0];
        var bestLength = 0;
        foreach (var candidate in candidates)
            foreach (var known in _knownKeys.Value)
                if (known.Length > bestLength && candidate.StartsWith(known, StringComparison.Ordinal))
                {
                    best = candidate;
                    bestLength = known.Length;
                }
        return best;
    }

    private static List<string>? Segment(string text, int start, FrozenDictionary<string, string[]> map, HashSet<int> dead)
    {
        if (start == text.Length) return [];
        if (dead.Contains(start)) return null;
        for (var length = Math.Min(LongestForm, text.Length - start); length > 0; length--)
        {
            var form = text.Substring(start, length);
            if (!map.ContainsKey(form)) continue;
            var rest = Segment(text, start + length, map, dead);
            if (rest is null) continue;
            rest.Insert(0, form);
            return rest;
        }
        dead.Add(start);
        return null;
    }

    /// <summary>Lower case, typographic apostrophes made plain, tone numbers and other marks removed; null if any other character remains.</summary>
    private static string? Normalize(string typed)
    {
        // An unpaired surrogate is not Wade-Giles (and would make Normalize throw).
        if (SearchText.HasLoneSurrogate(typed))
            return null;
        var text = new StringBuilder(typed.Length);
        foreach (var c in typed.Normalize(NormalizationForm.FormC))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or 'ü' or ' ' or '-') text.Append(lower);
            else if (lower is '\'' or '’' or '‘' or 'ʼ' or '`' or '´' or 'ʻ') text.Append('\'');
            else if (lower is 'ê') text.Append('e');
            else if (char.IsDigit(lower) || CharUnicodeInfo.GetUnicodeCategory(lower) == UnicodeCategory.OtherNumber) continue;
            else if (lower is ',' or '.' or '_' or '\t') text.Append(' ');
            else return null;
        }
        return text.ToString().Trim();
    }

    private static string Drop(string form, bool apostrophes, bool umlauts)
    {
        if (apostrophes) form = form.Replace("'", "", StringComparison.Ordinal);
        if (umlauts) form = form.Replace('ü', 'u');
        return form;
    }

    private static IReadOnlyList<string> LoadKnownKeys() =>
        TableFile.Rows("known-names.tsv")
            .Select(row => PlaceNameRomanizer.Shared.Romanize(row[0]).Key)
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
