namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Builds the protection list from the real CHGIS records: the commanderies, prefectures and
/// counties first, then early-20th-century villages in a seeded order. Only the listing fields
/// are invented; the name, years, point, type and id stay CHGIS's.
/// </summary>
internal sealed class HistoricalNameSampler(IReadOnlyList<ChgisRecord> records, IReadOnlyList<CountyArea> counties, NetTopologySuite.Geometries.GeometryFactory factory)
{
    public const string CitationSource = "China Historical GIS (CHGIS), Harvard University and Fudan University: TGAZ temporal gazetteer";

    private static readonly string[] Measures = ["设立地名标志", "派生命名", "恢复使用", "地名文化产品", "宣传推介"];
    private static readonly string[] Batches = ["第一批", "第二批", "第三批"];
    private static readonly DateOnly[] BatchDates = [new(2022, 6, 15), new(2023, 9, 20), new(2024, 11, 8)];

    public IReadOnlyList<HistoricalNameRow> Generate(int count, long firstId, Random random)
    {
        if (count > records.Count)
            throw new InvalidOperationException($"The sample asks for {count} historical names but CHGIS has only {records.Count} records for Shanxi.");
        var units = records.Where(r => !r.IsVillage).OrderBy(r => r.TgazId, StringComparer.Ordinal);
        var villages = records.Where(r => r.IsVillage).OrderBy(r => r.TgazId, StringComparer.Ordinal).ToArray();
        random.Shuffle(villages);
        return units.Concat(villages).Take(count).Select((record, i) => Row(firstId + i, record, random)).ToList();
    }

    private HistoricalNameRow Row(long id, ChgisRecord record, Random random)
    {
        var point = factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(record.Longitude, record.Latitude));
        var county = counties.FirstOrDefault(c => c.Boundary.EnvelopeInternal.Contains(point.Coordinate) && c.Prepared.Contains(point));
        var batch = random.Next(Batches.Length);
        var years = record.BeginYear == record.EndYear ? $"见于{Year(record.BeginYear)}" : $"{Year(record.BeginYear)}至{Year(record.EndYear)}";
        var measures = Measures.Where(_ => random.NextDouble() < 0.4).DefaultIfEmpty(Measures[0]).ToArray();
        return new HistoricalNameRow(
            id, record, point, Dynasties.Of(record.BeginYear), Status(record, random),
            $"{years}称{record.Simplified}（{record.Traditional}），{record.FeatureType}；今{record.PresentLocation}。",
            ListLevel(record, random), Batches[batch], BatchDates[batch], ListCategory(record, random),
            $"CHGIS 记载{record.Traditional}，{years}，{record.FeatureType}（{record.TgazId}）。",
            measures, county?.Code, SampleRomanization.Of(record.Simplified));
    }

    private static string Year(int year) => year < 0 ? $"公元前{-year}年" : $"{year}年";

    private static string Status(ChgisRecord record, Random random)
    {
        if (record.IsVillage)
            return random.NextDouble() switch { < 0.75 => "in_use", < 0.9 => "renamed", _ => "abolished" };
        var specific = UnitNames.Specific(record.Simplified);
        if (record.PresentLocation.EndsWith(record.Simplified, StringComparison.Ordinal))
            return "in_use";
        return record.PresentLocation.Contains(specific, StringComparison.Ordinal) ? "renamed" : "abolished";
    }

    private static string ListLevel(ChgisRecord record, Random random) =>
        !record.IsVillage ? "province" : random.NextDouble() < 0.3 ? "city" : "county";

    private static string ListCategory(ChgisRecord record, Random random)
    {
        if (record.FeatureType.StartsWith("county", StringComparison.Ordinal))
            return record.BeginYear <= 1026 ? "千年古县" : "古县名";
        if (!record.IsVillage)
            return record.FeatureType.StartsWith("defense", StringComparison.Ordinal) ? "关隘军镇" : "古州郡名";
        return random.NextDouble() switch { < 0.8 => "古村落", < 0.9 => "古镇", _ => "革命纪念地" };
    }
}
