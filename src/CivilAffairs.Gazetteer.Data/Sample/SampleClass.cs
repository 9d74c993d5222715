namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// A census class the sample fills: its place_category row, its share of the generated
/// places, its geometry and whether it clusters in urban districts.
/// </summary>
internal sealed record SampleClass(
    string Category, string NameZh, string NameEn, string CensusClass, double Share, SampleShape Shape, bool Urban)
{
    public static IReadOnlyList<SampleClass> All { get; } =
    [
        new("natural_village", "自然村", "natural village", "居民点", 0.580, SampleShape.Point, false),
        new("street", "街", "street", "交通运输设施", 0.030, SampleShape.ShortLine, true),
        new("road", "路", "road", "交通运输设施", 0.060, SampleShape.ShortLine, false),
        new("lane", "巷", "lane", "交通运输设施", 0.050, SampleShape.ShortLine, true),
        new("mountain", "山", "mountain", "陆地地形", 0.035, SampleShape.Point, false),
        new("river", "河流", "river", "陆地水系", 0.015, SampleShape.LongLine, false),
        new("gully", "沟谷", "gully", "陆地地形", 0.050, SampleShape.Point, false),
        new("ridge", "梁峁", "ridge", "陆地地形", 0.030, SampleShape.Point, false),
        new("pass", "山口", "mountain pass", "陆地地形", 0.010, SampleShape.Point, false),
        new("reservoir", "水库", "reservoir", "水利电力通信设施", 0.010, SampleShape.LargeArea, false),
        new("bridge", "桥梁", "bridge", "交通运输设施", 0.025, SampleShape.Point, false),
        new("station", "车站", "station", "交通运输设施", 0.010, SampleShape.Point, false),
        new("memorial", "纪念地", "memorial", "纪念地旅游景点", 0.010, SampleShape.Point, false),
        new("scenic_site", "风景名胜区", "scenic site", "纪念地旅游景点", 0.010, SampleShape.Point, false),
        new("park", "公园", "park", "纪念地旅游景点", 0.005, SampleShape.SmallArea, true),
        new("residential_area", "居民区", "residential area", "建筑物", 0.050, SampleShape.SmallArea, true),
        new("building", "建筑物", "building", "建筑物", 0.020, SampleShape.Point, true),
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
