using CivilAffairs.Gazetteer.Data.Sample;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

/// <summary>The protected-name records of the sample: full records, spread over dynasties, levels and categories, with lineage.</summary>
[Collection(SampleCollection.Name)]
public sealed class HistoricalRecordTests(SampledDatabase sampled)
{
    [Theory]
    [InlineData("SELECT count(*) FROM historical_name WHERE meaning IS NULL OR origin IS NULL OR evolution IS NULL OR arose_era IS NULL OR arose_year IS NULL OR begin_year IS NULL OR location IS NULL OR reading IS NULL")]
    [InlineData("SELECT count(*) FROM historical_name h WHERE (SELECT count(*) FROM citation c WHERE c.historical_name_id = h.id AND c.certainty IS NOT NULL) < 2")]
    [InlineData("SELECT count(*) FROM historical_name h WHERE NOT EXISTS (SELECT 1 FROM name_event_link l JOIN name_event e ON e.id = l.event_id WHERE l.historical_name_id = h.id AND e.kind = 'named' AND l.role = 'to')")]
    [InlineData("SELECT count(*) FROM citation WHERE source NOT LIKE 'China Historical GIS%' AND source NOT LIKE '%sample citation%'")]
    [InlineData("SELECT count(*) FROM name_event WHERE provenance <> 'sample'")]
    public async Task EveryStoredRecordIsCompleteAndMarked(string missing)
    {
        Assert.Equal(0, await sampled.ScalarAsync<long>(missing));
    }

    [Fact]
    public async Task TheDynastyIsTheTablesPeriodOfTheYearTheNameArose()
    {
        var wrong = await sampled.ScalarAsync<long>(
            """
            SELECT count(*) FROM historical_name h
            WHERE h.dynasty IS DISTINCT FROM coalesce(
                (SELECT d.name FROM dynasty d WHERE d.start_year <= h.arose_year AND (d.end_year IS NULL OR h.arose_year <= d.end_year)
                 ORDER BY d.sequence DESC LIMIT 1), '先秦')
            """);

        Assert.Equal(0, wrong);
    }

    [Fact]
    public async Task AtFullScaleTheRecordsSpreadOverDynastiesLevelsAndCategoriesWithLineage()
    {
        var (names, events) = await FullScaleAsync();

        Assert.Equal(3500, names.Count);
        Assert.True(names.Select(n => n.Dynasty).Distinct().Count() >= 15, "dynasties: " + string.Join(" ", names.Select(n => n.Dynasty).Distinct()));
        Assert.Equal(["city", "county", "province"], names.Select(n => n.ListLevel).Distinct().Order(StringComparer.Ordinal));
        Assert.True(names.Select(n => n.ListCategory).Distinct().Count() >= 7);
        Assert.Contains(names, n => n.Years.Begin < 0);
        Assert.Equal(["century", "dynasty", "year"], names.Select(n => n.Years.BeginPrecision).Distinct().Order(StringComparer.Ordinal));
        Assert.All(names, n =>
        {
            Assert.NotEqual(0, n.Years.Begin);
            Assert.NotEqual(0, n.Years.End ?? 1);
            Assert.True(n.Years.End is null || n.Years.Begin <= n.Years.End, $"{n.Record.Simplified}: {n.Years}");
            // A village's sample span contains the year CHGIS attests it.
            if (n.Record.IsVillage)
                Assert.True(n.Years.Begin <= n.Record.BeginYear && (n.Years.End is null || n.Years.End >= n.Record.BeginYear), $"{n.Record.Simplified}: {n.Years}");
            Assert.Equal(2, n.Citations.Count);
        });
        Assert.Equal(3500, events.Count(e => e.Kind == "named"));
        Assert.Contains(events, e => e.Kind == "renamed" && e.Links.Count(l => l.HistoricalNameId is not null) == 2);
        Assert.Contains(events, e => e.Kind == "abolished");
    }

    [Theory]
    [InlineData("山西洪洞县东北营田庄", "营田庄")]
    [InlineData("山西太原市西南", null)]
    [InlineData("山西平顺县东北石城", "石城")]
    public void TodaysNameIsReadFromTheEndOfChgisPresentLocation(string location, string? expected)
    {
        var record = new ChgisRecord("hvd_0", "", "", "", 0, 0, 1911, 1911, "villages and small towns 村镇", location);

        Assert.Equal(expected, HistoricalLineage.TodayName(record));
    }

    private async Task<(IReadOnlyList<HistoricalNameRow> Names, IReadOnlyList<NameEventRow> Events)> FullScaleAsync()
    {
        var periods = new List<DynastyTable.Period>();
        await using (var command = sampled.DataSource.CreateCommand("SELECT name, start_year, end_year, sequence FROM dynasty ORDER BY sequence"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                periods.Add(new DynastyTable.Period(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetInt32(3)));
        var sampler = new HistoricalNameSampler(ChgisRecord.Load(RepositoryPaths.DataDirectory()), [], new DynastyTable(periods),
            new GeometryFactory(new PrecisionModel(), 4326));
        return sampler.Generate(SampleScale.Full.HistoricalNames, 1, 1, new Random(SampledDatabase.Seed));
    }
}
