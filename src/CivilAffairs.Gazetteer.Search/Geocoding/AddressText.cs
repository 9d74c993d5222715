using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// An address as the matcher reads it: NFKC (full-width digits, letters and spaces become
/// half-width), traditional characters folded, whitespace dropped (Chinese names never
/// contain it) and punctuation turned into a break no name can span.
/// </summary>
internal static class AddressText
{
    public const char Break = '|';

    public static string Normalize(string text, TraditionalFolding folding)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
                continue;
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || category == UnicodeCategory.OtherNotAssigned)
            {
                if (builder.Length == 0 || builder[^1] != Break)
                    builder.Append(Break);
                continue;
            }
            builder.Append(new Rune(folding.Fold(rune.Value)));
        }
        return builder.ToString();
    }
}
