using System.Diagnostics.CodeAnalysis;

namespace CivilAffairs.Gazetteer.Divisions;

/// <summary>
/// A statistical division code: province(2) city(2) county(2) township(3) village(3).
/// People write it at the length of its level (14, 1410, 141024, 141024100, 141024100201);
/// the zero-padded 12-digit form of any level is accepted too and is what is stored.
/// </summary>
public readonly record struct DivisionCode : IComparable<DivisionCode>
{
    private static readonly int[] LevelLengths = [2, 4, 6, 9, 12];

    private DivisionCode(string full, DivisionLevel level)
    {
        Full = full;
        Level = level;
    }

    /// <summary>The zero-padded 12-digit form: 141024000000.</summary>
    public string Full { get; }

    public DivisionLevel Level { get; }

    /// <summary>The form people write, as long as the level needs: 141024.</summary>
    public string Short => Full[..LengthOf(Level)];

    /// <summary>The two-digit county part; 71 marks statistical zones that are not legal divisions.</summary>
    public bool IsStatisticalZone => Level >= DivisionLevel.County && Full.AsSpan(4, 2) is "71";

    public DivisionCode? Parent => Level == DivisionLevel.Province ? null : FromPrefix(Full[..LengthOf(Level - 1)]);

    public static int LengthOf(DivisionLevel level) => LevelLengths[(int)level - 1];

    public static DivisionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException(Explain(text));

    /// <summary>Accepts 2, 4, 6, 9 or 12 digits; a 12-digit code may be a padded higher level.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DivisionCode code)
    {
        code = default;
        if (text is null) return false;
        var digits = text.Trim();
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        var level = Array.IndexOf(LevelLengths, digits.Length);
        if (level < 0) return false;
        code = digits.Length == 12 ? FromFull(digits) : new DivisionCode(digits.PadRight(12, '0'), (DivisionLevel)(level + 1));
        // A written code is at its own level (141000 is not how anyone writes the city 1410),
        // and no part above it is zero (140024 has no city).
        if (digits.Length != 12 && code.Short != digits) return false;
        for (var l = DivisionLevel.Province; l <= code.Level; l++)
            if (code.Part(l).IndexOfAnyExcept('0') < 0) return false;
        return true;
    }

    private ReadOnlySpan<char> Part(DivisionLevel level)
    {
        var start = level == DivisionLevel.Province ? 0 : LengthOf(level - 1);
        return Full.AsSpan(start, LengthOf(level) - start);
    }

    /// <summary>A message a person can act on, for text that is not a code.</summary>
    public static string Explain(string? text) =>
        $"'{text}' is not a division code: write 2, 4, 6, 9 or 12 digits (14 province, 1410 city, 141024 county, 141024100 township, 141024100201 village).";

    /// <summary>The level of a 12-digit code is the last non-zero part.</summary>
    public static DivisionCode FromFull(string full)
    {
        if (full.Length != 12 || !full.All(char.IsAsciiDigit))
            throw new FormatException(Explain(full));
        var level = DivisionLevel.Village;
        while (level > DivisionLevel.Province && full.AsSpan(LengthOf(level - 1), LengthOf(level) - LengthOf(level - 1)).IndexOfAnyExcept('0') < 0)
            level--;
        return new DivisionCode(full, level);
    }

    private static DivisionCode FromPrefix(string prefix) => FromFull(prefix.PadRight(12, '0'));

    /// <summary>True when <paramref name="other"/> lies inside this unit (or is it).</summary>
    public bool Contains(DivisionCode other) => other.Full.StartsWith(Short, StringComparison.Ordinal);

    public int CompareTo(DivisionCode other) => string.CompareOrdinal(Full, other.Full);

    public override string ToString() => Short;
}
