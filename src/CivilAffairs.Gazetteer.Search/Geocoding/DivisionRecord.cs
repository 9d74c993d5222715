using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>One row of the division table as the geocoder holds it: any vintage, current or historical.</summary>
public sealed record DivisionRecord(
    long Id,
    string Code,
    DivisionLevel Level,
    string Name,
    string? ParentCode,
    bool IsStatisticalZone,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    LonLat? Point,
    bool PointDerived)
{
    /// <summary>The code as a 12-digit number (shorter codes padded with zeros, as the table stores them); -1 when it holds anything but digits.</summary>
    internal long CodeNumber { get; } = NumberOf(Code);

    public bool IsValidAt(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day < ValidTo);

    /// <summary>The code people write (141024100201, 141024, 1410).</summary>
    public string ShortCode => Code[..DivisionCode.LengthOf(Level)];

    /// <summary>True when <paramref name="other"/> lies inside this unit by code (its own code included).</summary>
    public bool Contains(DivisionRecord other) =>
        other.Level >= Level && (CodeNumber >= 0 && other.CodeNumber >= 0
            ? other.CodeNumber / Scale(Level) == CodeNumber / Scale(Level)
            : other.Code.StartsWith(ShortCode, StringComparison.Ordinal));

    /// <summary>The 12-digit number of the unit of <paramref name="level"/> that contains this one (its own at its level).</summary>
    internal long AncestorNumber(DivisionLevel level) => CodeNumber / Scale(level) * Scale(level);

    /// <summary>10 to the power of the digits below the level's part of the code: 10^10 for a province, 1 for a village.</summary>
    private static long Scale(DivisionLevel level) => Powers[12 - DivisionCode.LengthOf(level)];

    private static readonly long[] Powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000];

    private static long NumberOf(string code)
    {
        if (code.Length is 0 or > 12) return -1;
        long number = 0;
        foreach (var c in code)
        {
            if (c is < '0' or > '9') return -1;
            number = number * 10 + (c - '0');
        }
        return number * Powers[12 - code.Length];
    }
}
