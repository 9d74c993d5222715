using System.Globalization;
using CivilAffairs.Gazetteer.Data;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// Traditional → simplified, character by character, from Unihan kSimplifiedVariant. The dictionary
/// keys are folded the same way as the addresses, so a real name that keeps a traditional character
/// (迴源头村) still meets both its own spelling and the simplified one.
/// </summary>
public sealed class TraditionalFolding
{
    private readonly Dictionary<int, int> simplified;

    public TraditionalFolding(IReadOnlyDictionary<int, int> traditionalToSimplified) =>
        simplified = new Dictionary<int, int>(traditionalToSimplified);

    public static TraditionalFolding None { get; } = new(new Dictionary<int, int>());

    /// <summary>Reads kSimplifiedVariant from data/unihan/Unihan_Variants.txt.</summary>
    public static TraditionalFolding FromUnihan(string? variantsFile = null)
    {
        variantsFile ??= Path.Combine(RepositoryPaths.DataDirectory(), "unihan", "Unihan_Variants.txt");
        var map = new Dictionary<int, int>();
        foreach (var line in File.ReadLines(variantsFile))
        {
            var parts = line.Split('\t');
            if (parts.Length < 3 || parts[1] != "kSimplifiedVariant")
                continue;
            // Some characters list themselves first (裡: U+88E1 U+91CC); take the first that differs.
            var from = CodePoint(parts[0]);
            foreach (var variant in parts[2].Split(' '))
                if (CodePoint(variant) is var to && to != from)
                {
                    map.TryAdd(from, to);
                    break;
                }
        }
        return new TraditionalFolding(map);
    }

    private static int CodePoint(string unihan) => int.Parse(unihan.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public int Fold(int codePoint) => simplified.GetValueOrDefault(codePoint, codePoint);

    public string Fold(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            builder.Append(new System.Text.Rune(Fold(rune.Value)));
        return builder.ToString();
    }
}
