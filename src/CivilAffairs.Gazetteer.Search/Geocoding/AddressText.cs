using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// An address as the matcher reads it: each stretch between punctuation in the toolkit's search form
/// (<see cref="SearchText.Normalize"/>: full-width folded, variants and traditional characters made
/// simplified, whitespace dropped), the stretches joined by a break no name can span.
/// </summary>
internal static class AddressText
{
    public const char Break = '|';

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var segment = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsSeparator(rune))
            {
                Flush(builder, segment);
                continue;
            }
            segment.Append(rune.ToString());
        }
        Flush(builder, segment);
        return builder.Length > 0 && builder[^1] == Break ? builder.ToString(0, builder.Length - 1) : builder.ToString();
    }

    /// <summary>A name as the dictionary keys it: the same search form, so 迴源头村 meets both its own spelling and 回源头村.</summary>
    public static string Key(string name) => SearchText.Normalize(name);

    private static void Flush(StringBuilder builder, StringBuilder segment)
    {
        var normalized = segment.Length == 0 ? "" : SearchText.Normalize(segment.ToString());
        segment.Clear();
        if (normalized.Length > 0)
            builder.Append(normalized);
        if (builder.Length > 0 && builder[^1] != Break)
            builder.Append(Break);
    }

    private static bool IsSeparator(Rune rune) =>
        Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherNotAssigned;
}
