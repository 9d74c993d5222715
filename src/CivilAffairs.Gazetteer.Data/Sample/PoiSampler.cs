namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Generates the collected points of interest: village facilities named after their real
/// village (贾村卫生室, 东关小学), in every review state; merged ones point at a sample place.
/// </summary>
internal sealed class PoiSampler(IReadOnlyList<CountyArea> counties, CountyPlacer placer, PlaceSampler.Result places)
{
    private static readonly (string Suffix, string Category)[] Facilities =
    [
        ("卫生室", "clinic"), ("小学", "school"), ("幼儿园", "school"), ("文化广场", "square"), ("便民超市", "shop"), ("党群服务中心", "public_service"),
        ("农家乐", "restaurant"), ("文化活动室", "public_service"), ("日间照料中心", "public_service"), ("供销社", "shop"), ("加油站", "fuel"),
        ("快递服务站", "post"), ("戏台", "heritage"), ("古槐", "heritage"), ("古井", "heritage"), ("关帝庙", "heritage"), ("龙王庙", "heritage"),
        ("停车场", "parking"), ("公交站", "bus_stop"), ("村史馆", "museum"),
    ];
    private static readonly WeightedChoice<string> States = new([("pending", 40), ("accepted", 35), ("merged", 15), ("rejected", 10)]);
    private static readonly string[] RejectionNotes = ["重复采集", "位置偏差过大", "名称不规范", "照片无法辨认"];
    private static readonly DateTimeOffset Start = new(2022, 4, 1, 0, 0, 0, TimeSpan.FromHours(8));

    public IReadOnlyList<PoiRow> Generate(int count, long firstId, Random random)
    {
        var rows = new List<PoiRow>(count);
        var countyChoice = new WeightedChoice<int>(Enumerable.Range(0, counties.Count).Select(i => (i, (double)Math.Max(counties[i].Villages.Count, 20))));
        for (var i = 0; i < count; i++)
        {
            var countyIndex = countyChoice.Next(random);
            var county = counties[countyIndex];
            var unit = county.AnyUnit(random);
            var (suffix, category) = Facilities[random.Next(Facilities.Length)];
            var state = States.Next(random);
            var candidates = places.PlacesByCounty[countyIndex];
            long? placeId = state == "merged" && candidates.Count > 0 ? candidates[random.Next(candidates.Count)] : null;
            if (state == "merged" && placeId is null)
                state = "accepted";
            var name = county.Around(unit).Village + suffix;
            rows.Add(new PoiRow(firstId + i, name, category, placer.Point(county, random), unit.Code, state,
                $"{county.Specific}采集员{random.Next(1, 40):00}", Start.AddMinutes(random.Next(60 * 24 * 1200)),
                state == "rejected" ? RejectionNotes[random.Next(RejectionNotes.Length)] : null, placeId, SampleRomanization.Of(name)));
        }
        return rows;
    }
}
