using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// The form names and queries are compared in: full-width and compatibility forms folded
/// (ＡＢＣ１, 﨑), variant ideographs mapped to their standard form (data/chinese/search-variants.tsv),
/// traditional made simplified, Latin lower-cased, spaces and punctuation removed.
/// </summary>
public static class SearchText
{
    private static readonly Lazy<FrozenDictionary<int, string>> Variants = new(
        () => TableFile.Rows("search-variants.tsv").ToFrozenDictionary(row => char.ConvertToUtf32(row[0], 0), row => row[1]),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var folded = ChineseScript.ToSimplified(Fold(text));
        var result = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsSurrogatePair(folded, i))
            {
                result.Append(c).Append(folded[i + 1]);
                i++;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c)
                || category is UnicodeCategory.Surrogate or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark)
                continue;
            result.Append(char.ToLowerInvariant(c));
        }
        return result.ToString();
    }

    /// <summary>Compatibility and width folding plus variant ideographs; keeps spaces and punctuation.</summary>
    internal static string Fold(string text)
    {
        // Unpaired surrogates make Normalize throw: they are dropped first, they carry no text.
        var clean = HasLoneSurrogate(text) ? DropLoneSurrogates(text) : text;
        var normalized = IsPlainText(clean) || clean.IsNormalized(NormalizationForm.FormKC) ? clean : clean.Normalize(NormalizationForm.FormKC);
        var variants = Variants.Value;
        StringBuilder? result = null;
        for (var i = 0; i < normalized.Length; i++)
        {
            var pair = char.IsSurrogatePair(normalized, i);
            var codePoint = pair ? char.ConvertToUtf32(normalized[i], normalized[i + 1]) : normalized[i];
            if (codePoint >= 0x3400 && variants.TryGetValue(codePoint, out var standard))
            {
                result ??= new StringBuilder(normalized, 0, i, normalized.Length);
                result.Append(standard);
            }
            else
            {
                result?.Append(normalized, i, pair ? 2 : 1);
            }
            if (pair) i++;
        }
        return result?.ToString() ?? normalized;
    }

    /// <summary>
    /// Printable ASCII, the CJK Unified Ideographs and supplementary characters outside the
    /// compatibility supplement are their own NFKC form: most names need no normalisation pass.
    /// </summary>
    private static bool IsPlainText(string text)
    {
        foreach (var c in text)
        {
            var plain = c is >= ' ' and <= '~' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
                || (char.IsHighSurrogate(c) && c != '\uD87E');
            if (!plain && !char.IsLowSurrogate(c)) return false;
        }
        return true;
    }

    internal static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i)) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    /// <summary>The 1-based position of an unpaired surrogate or of U+FFFE/U+FFFF, which Unicode normalisation refuses; null when there is none.</summary>
    public static int? UnnormalizableAt(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i)) i++;
            else if (char.IsSurrogate(text[i]) || text[i] is '\uFFFE' or '\uFFFF') return i + 1;
        }
        return null;
    }

    private static string DropLoneSurrogates(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i)) result.Append(text, i++, 2);
            else if (!char.IsSurrogate(text[i])) result.Append(text[i]);
        }
        return result.ToString();
    }
}
