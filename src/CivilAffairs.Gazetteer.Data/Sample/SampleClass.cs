namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// A census class the sample fills: its category code (a row of data/categories.csv, which the
/// real import loads; the sample adds no categories), its two-digit number in the place-name
/// codes (<see cref="PlaceCodes"/>), the Chinese word the proposals use, its share of the
/// generated places, its geometry and whether it clusters in urban districts.
/// </summary>
internal sealed record SampleClass(string Category, int Number, string NameZh, double Share, SampleShape Shape, bool Urban)
{
    /// <summary>The numbers are part of the stored codes: append new classes, never renumber.</summary>
    public static IReadOnlyList<SampleClass> All { get; } =
    [
        new("natural_village", 1, "自然村", 0.580, SampleShape.Point, false),
        new("street", 2, "街", 0.030, SampleShape.ShortLine, true),
        new("road", 3, "路", 0.060, SampleShape.ShortLine, false),
        new("lane", 4, "巷", 0.050, SampleShape.ShortLine, true),
        new("mountain", 5, "山", 0.035, SampleShape.Point, false),
        new("river", 6, "河流", 0.015, SampleShape.LongLine, false),
        new("gully", 7, "沟谷", 0.050, SampleShape.Point, false),
        new("ridge", 8, "梁峁", 0.030, SampleShape.Point, false),
        new("pass", 9, "山口", 0.010, SampleShape.Point, false),
        new("reservoir", 10, "水库", 0.010, SampleShape.LargeArea, false),
        new("bridge", 11, "桥梁", 0.025, SampleShape.Point, false),
        new("station", 12, "车站", 0.010, SampleShape.Point, false),
        new("memorial_site", 13, "纪念地", 0.010, SampleShape.Point, false),
        new("scenic_site", 14, "风景名胜区", 0.010, SampleShape.Point, false),
        new("park", 15, "公园", 0.005, SampleShape.SmallArea, true),
        new("residential_area", 16, "居民区", 0.050, SampleShape.SmallArea, true),
        new("building", 17, "建筑物", 0.020, SampleShape.Point, true),
    ];

    /// <summary>Splits <paramref name="total"/> by share so the counts add up exactly (largest remainder).</summary>
    public static int[] Apportion(int total)
    {
        var shareSum = All.Sum(c => c.Share);
        var exact = All.Select(c => total * c.Share / shareSum).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var rest = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, counts.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(rest))
            counts[i]++;
        return counts;
    }
}
