namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Builds the protection list from the real CHGIS records: the commanderies, prefectures and
/// counties first, then early-20th-century villages in a seeded order. The name, attested years,
/// point, type and id stay CHGIS's; the listing around them is sample: for villages the years in
/// use around the attested year (when the name arose, when it ended), the texts, the listing
/// fields, a sample local-gazetteer citation beside the real CHGIS one, and the lineage events.
/// </summary>
internal sealed class HistoricalNameSampler(
    IReadOnlyList<ChgisRecord> records, IReadOnlyList<CountyArea> counties, DynastyTable dynasties, NetTopologySuite.Geometries.GeometryFactory factory)
{
    public const string CitationSource = "China Historical GIS (CHGIS), Harvard University and Fudan University: TGAZ temporal gazetteer";

    private static readonly string[] Measures = ["设立地名标志", "派生命名", "恢复使用", "地名文化产品", "宣传推介"];
    private static readonly string[] Batches = ["第一批", "第二批", "第三批"];
    private static readonly DateOnly[] BatchDates = [new(2022, 6, 15), new(2023, 9, 20), new(2024, 11, 8)];
    private static readonly string[] Certainties = ["probable", "probable", "uncertain"];

    public (IReadOnlyList<HistoricalNameRow> Names, IReadOnlyList<NameEventRow> Events) Generate(int count, long firstId, long firstEventId, Random random)
    {
        if (count > records.Count)
            throw new InvalidOperationException($"The sample asks for {count} historical names but CHGIS has only {records.Count} records for Shanxi.");
        var units = records.Where(r => !r.IsVillage).OrderBy(r => r.TgazId, StringComparer.Ordinal);
        var villages = records.Where(r => r.IsVillage).OrderBy(r => r.TgazId, StringComparer.Ordinal).ToArray();
        random.Shuffle(villages);
        var chosen = units.Concat(villages).Take(count).ToList();
        var years = chosen.Select(r => Years(r, random)).ToList();
        var statuses = chosen.Select(r => Status(r, random)).ToList();
        for (var i = 0; i < chosen.Count; i++)
            if (chosen[i].IsVillage && statuses[i] != "in_use")
                years[i] = Ended(years[i], random);
        var names = new List<HistoricalNameRow>(chosen.Count);
        for (var i = 0; i < chosen.Count; i++)
            names.Add(Row(firstId + i, chosen[i], years[i], statuses[i], random));
        var events = new HistoricalLineage(names).Events(firstEventId);
        return (names, events);
    }

    private HistoricalNameRow Row(long id, ChgisRecord record, HistoricalYears years, string status, Random random)
    {
        var point = factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(record.Longitude, record.Latitude));
        var county = counties.FirstOrDefault(c => c.Boundary.EnvelopeInternal.Contains(point.Coordinate) && c.Prepared.Contains(point));
        var batch = random.Next(Batches.Length);
        var attested = Attested(record);
        var measures = Measures.Where(_ => random.NextDouble() < 0.4).DefaultIfEmpty(Measures[0]).ToArray();
        var dynasty = dynasties.Of(years.AroseYear);
        var story = HistoricalStories.Of(record, years, dynasty, status, county?.Name, random);
        var gazetteer = $"《{county?.Name ?? "山西通"}志》";
        var citations = new[]
        {
            new HistoricalCitationRow(CitationSource, record.Page,
                $"{attested}; name, traditional form, attested years, point and feature type from CHGIS. The protection-list fields are sample.", "certain"),
            new HistoricalCitationRow($"{gazetteer}（样例引文 sample citation, not a real reference）", $"卷{random.Next(1, 13)}·沿革",
                $"Sample citation for the years in use ({HistoricalStories.Span(years)}) and the origin story.", Certainties[random.Next(Certainties.Length)]),
        };
        return new HistoricalNameRow(
            id, record, point, dynasty, status, years, story,
            ListLevel(record, random), Batches[batch], BatchDates[batch], ListCategory(record, random),
            $"CHGIS 记载{record.Traditional}，{attested}，{record.FeatureType}（{record.TgazId}）；{gazetteer}（样例）载其沿革。",
            measures, county?.Code, SampleRomanization.Of(record.Simplified), citations);
    }

    private static string Attested(ChgisRecord record) => record.EndYear == 0
        ? $"from {HistoricalStories.Year(record.BeginYear)}, end not given"
        : record.BeginYear == record.EndYear ? $"attested {HistoricalStories.Year(record.BeginYear)}" : $"{HistoricalStories.Year(record.BeginYear)}–{HistoricalStories.Year(record.EndYear)}";

    /// <summary>
    /// Units keep CHGIS's years (an end of 0 is CHGIS's "not given": null). CHGIS dates a village
    /// only by the slice it appears in (1820 or 1911), so a village's span is sample: it arose in
    /// a seeded dynasty up to the Qing, dated to the year, century or only the dynasty, and it
    /// ended after the attestation or is still in use.
    /// </summary>
    private HistoricalYears Years(ChgisRecord record, Random random)
    {
        if (!record.IsVillage)
        {
            int? end = record.EndYear == 0 ? null : record.EndYear;
            return new HistoricalYears(HistoricalStories.Era(dynasties.Of(record.BeginYear), record.BeginYear, "year"), record.BeginYear,
                record.BeginYear, "year", false, end, "year", false);
        }
        var eligible = dynasties.Periods.Where(p => p.End is { } e && e < record.BeginYear && p.Start >= 386).ToList();
        var period = eligible[random.Next(eligible.Count)];
        var precision = random.NextDouble() switch { < 0.4 => "dynasty", < 0.7 => "century", _ => "year" };
        var arose = precision switch
        {
            "dynasty" => period.Start,
            "century" => Math.Max(period.Start, (random.Next(period.Start, period.End!.Value) / 100 * 100) + 1),
            _ => random.Next(period.Start, period.End!.Value + 1),
        };
        var era = HistoricalStories.Era(period.Name, arose, precision);
        return new HistoricalYears(era, arose, arose, precision, precision != "year", null, "year", false);
    }

    /// <summary>A village name that was changed or abolished ended after CHGIS attests it: in the 20th century, often only to the decade.</summary>
    private static HistoricalYears Ended(HistoricalYears years, Random random)
    {
        var end = random.Next(1912, 2001);
        // A decade is written as its first year, so a decade end starts from the 1920s: after the attestation.
        return random.NextDouble() < 0.5
            ? years with { End = Math.Max(end / 10 * 10, 1920), EndPrecision = "decade", EndApproximate = true }
            : years with { End = end };
    }

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
        return random.NextDouble() switch { < 0.7 => "古村落", < 0.8 => "古镇", < 0.9 => "街巷", _ => "革命纪念地" };
    }
}
