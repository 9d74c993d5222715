namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// How much the sample generates. Full scale brings the registry to its real size: 390,000
/// place records counting those already imported, 3,500 protected historical names, 66,000
/// initiative proposals and 40,000 collected POIs. Test scale is a hundredth of each.
/// </summary>
public sealed record SampleScale(string Name, int PlaceTotal, int Divisor, int HistoricalNames, int Proposals, int Pois)
{
    public static SampleScale Full { get; } = new("full", 390_000, 1, 3_500, 66_000, 40_000);

    public static SampleScale Test { get; } = new("test", 390_000, 100, 35, 660, 400);

    /// <summary>The places to generate beside the <paramref name="existing"/> ones.</summary>
    public int PlacesToGenerate(long existing) => (int)(Math.Max(0, PlaceTotal - existing) / Divisor);

    public static SampleScale Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "full" => Full,
        "test" => Test,
        _ => throw new ArgumentException($"Unknown sample scale '{text}': use 'full' (390,000 places) or 'test' (a hundredth, for tests).", nameof(text)),
    };
}
