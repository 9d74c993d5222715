using CivilAffairs.Gazetteer.Data.Sample;

namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

[Collection(SampleCollection.Name)]
public sealed class SampleGeneratorTests(SampledDatabase sampled)
{
    [Fact]
    public async Task TestScaleMakesAHundredthOfEveryKind()
    {
        var existing = sampled.Report.ExistingPlaces;

        Assert.Equal((390_000 - existing) / 100, await sampled.ScalarAsync<long>("SELECT count(*) FROM place WHERE provenance = 'sample'"));
        Assert.Equal(35, await sampled.ScalarAsync<long>("SELECT count(*) FROM historical_name"));
        Assert.Equal(660, await sampled.ScalarAsync<long>("SELECT count(*) FROM proposal"));
        Assert.Equal(400, await sampled.ScalarAsync<long>("SELECT count(*) FROM poi"));
        Assert.Equal(sampled.Report.ProposalEvents, await sampled.ScalarAsync<long>("SELECT count(*) FROM proposal_event"));
    }

    [Fact]
    public async Task EveryGeneratedRowIsMarkedSampleAndEveryGeneratedGeometryDerived()
    {
        Assert.Equal(0, await sampled.ScalarAsync<long>("SELECT count(*) FROM place WHERE registered_by = 'gazetteer sample' AND provenance <> 'sample'"));
        Assert.Equal(0, await sampled.ScalarAsync<long>("SELECT count(*) FROM place WHERE provenance = 'sample' AND NOT geom_derived"));
        foreach (var table in new[] { "historical_name", "proposal", "poi" })
            Assert.Equal(0, await sampled.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE provenance <> 'sample'"));
        Assert.Equal(1, await sampled.ScalarAsync<long>("SELECT count(*) FROM import_run WHERE dataset = 'sample'"));
        Assert.Equal(1, await sampled.ScalarAsync<long>("SELECT count(*) FROM change_log WHERE entity = 'sample' AND op = 'import'"));
    }

    [Theory]
    [InlineData("SELECT geom, division_code FROM place WHERE provenance = 'sample'")]
    [InlineData("SELECT geom, division_code FROM proposal")]
    [InlineData("SELECT geom, division_code FROM poi")]
    public async Task EveryGeneratedGeometryLiesInsideTheCountyOfItsDivisionCode(string rows)
    {
        var outside = await sampled.ScalarAsync<long>(
            $"""
            SELECT count(*) FROM ({rows}) r
            WHERE NOT EXISTS (SELECT 1 FROM division c
                              WHERE c.level = 'county' AND c.valid_to IS NULL AND c.code = left(r.division_code, 6) || '000000'
                                AND ST_Contains(c.boundary, r.geom))
            """);
        Assert.Equal(0, outside);
    }

    [Fact]
    public async Task DivisionCodesAreRealTownshipsOrVillages()
    {
        var unknown = await sampled.ScalarAsync<long>(
            """
            SELECT count(*) FROM place p WHERE p.provenance = 'sample' AND NOT EXISTS (
                SELECT 1 FROM division d WHERE d.code = p.division_code AND d.level IN ('township', 'village') AND d.valid_to IS NULL)
            """);
        Assert.Equal(0, unknown);
    }

    [Fact]
    public async Task EveryCensusClassIsThereWithItsGeometryType()
    {
        var types = await sampled.ListAsync<string>(
            "SELECT DISTINCT category || ':' || GeometryType(geom) FROM place WHERE provenance = 'sample'");

        foreach (var sampleClass in SampleClass.All)
            Assert.Contains(types, t => t.StartsWith(sampleClass.Category + ":", StringComparison.Ordinal));
        Assert.Contains("natural_village:POINT", types);
        Assert.Contains("road:LINESTRING", types);
        Assert.Contains("river:LINESTRING", types);
        Assert.Contains("reservoir:POLYGON", types);
        Assert.Contains("residential_area:POLYGON", types);
        Assert.DoesNotContain("natural_village:POLYGON", types);
    }

    [Fact]
    public async Task NamesAreChineseWithTheLengthsOfRealVillageNames()
    {
        var names = await sampled.ListAsync<string>("SELECT name FROM place WHERE provenance = 'sample'");
        Assert.All(names, n => Assert.True(VillageNameStatistics.IsPlainChinese(n), $"'{n}' is not plain Chinese"));

        var villages = await sampled.ListAsync<string>("SELECT name FROM place WHERE category = 'natural_village'");
        var real = VillageNameStatistics.Load(RepositoryPaths.DataDirectory());
        var realMean = real.RuralNames.Average(n => n.Length);
        var sampleMean = villages.Average(n => n.Length);
        Assert.InRange(sampleMean, realMean - 0.3, realMean + 0.3);
        Assert.True(villages.Count(n => n.Length is >= 2 and <= 4) >= 0.95 * villages.Count);
    }

    [Fact]
    public async Task NamesCollideAsRealNamesDo()
    {
        var villages = await sampled.ListAsync<string>("SELECT name FROM place WHERE category = 'natural_village'");
        var real = VillageNameStatistics.Load(RepositoryPaths.DataDirectory()).RuralNames.ToHashSet();

        Assert.True(villages.Distinct().Count() < villages.Count, "no two generated villages share a name");
        Assert.True(villages.Count(real.Contains) > villages.Count / 10, "generated village names rarely meet real ones");
        Assert.True(villages.Count(n => n.Length == 3 && n[1] == '家') > villages.Count / 10, "few X家Y names");
    }

    [Fact]
    public async Task AShareCarriesStoriesAliasesAndFormerNames()
    {
        var places = (double)sampled.Report.Places;
        var stories = await sampled.ScalarAsync<long>("SELECT count(*) FROM place WHERE provenance = 'sample' AND meaning IS NOT NULL AND origin IS NOT NULL AND history IS NOT NULL");
        var aliases = await sampled.ScalarAsync<long>("SELECT count(*) FROM place WHERE provenance = 'sample' AND cardinality(aliases) > 0");
        var formers = await sampled.ScalarAsync<long>("SELECT count(*) FROM place_former_name f JOIN place p ON p.id = f.place_id WHERE p.provenance = 'sample'");

        Assert.InRange(stories / places, PlaceSampler.StoryShare * 0.7, PlaceSampler.StoryShare * 1.3);
        Assert.InRange(aliases / places, PlaceSampler.AliasShare * 0.7, PlaceSampler.AliasShare * 1.3);
        Assert.InRange(formers / places, PlaceSampler.FormerNameShare * 0.6, PlaceSampler.FormerNameShare * 1.4);
    }

    [Fact]
    public async Task HistoricalNamesAreTheRealChgisRecordsWithCitations()
    {
        var chgis = ChgisRecord.Load(RepositoryPaths.DataDirectory()).ToDictionary(r => r.TgazId);
        await using var command = sampled.DataSource.CreateCommand(
            """
            SELECT h.source_id, h.name, h.name_traditional, h.begin_year, h.end_year, ST_X(h.geom), ST_Y(h.geom), c.page, c.source
            FROM historical_name h JOIN citation c ON c.historical_name_id = h.id AND c.certainty = 'certain'
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var seen = 0;
        while (await reader.ReadAsync())
        {
            var record = chgis[reader.GetString(0)];
            Assert.Equal(record.Simplified, reader.GetString(1));
            Assert.Equal(record.Traditional, reader.GetString(2));
            Assert.Equal(record.BeginYear, reader.GetInt32(3));
            // CHGIS writes 0 for an end it does not give; the registry has no year 0 and stores null.
            Assert.Equal(record.EndYear == 0 ? (int?)null : record.EndYear, reader.IsDBNull(4) ? (int?)null : reader.GetInt32(4));
            Assert.Equal(record.Longitude, reader.GetDouble(5), 9);
            Assert.Equal(record.Latitude, reader.GetDouble(6), 9);
            Assert.Equal("http://maps.cga.harvard.edu/tgaz/placename/" + record.TgazId, reader.GetString(7));
            Assert.Contains("CHGIS", reader.GetString(8), StringComparison.Ordinal);
            seen++;
        }
        Assert.Equal(35, seen);
        Assert.Equal(0, await sampled.ScalarAsync<long>(
            "SELECT count(*) FROM historical_name WHERE list_level IS NULL OR list_batch IS NULL OR list_category IS NULL OR dynasty IS NULL OR cardinality(protection_measures) = 0"));
    }

    [Fact]
    public async Task ProposalsCoverEveryStateWithHistoriesThatLeadThere()
    {
        var states = await sampled.ListAsync<string>("SELECT DISTINCT state FROM proposal");
        Assert.Equal(ProposalState.All.Order(StringComparer.Ordinal), states.Order(StringComparer.Ordinal));
        Assert.Equal(["name", "rename", "retire"], (await sampled.ListAsync<string>("SELECT DISTINCT kind FROM proposal ORDER BY kind")).ToArray());

        var histories = new Dictionary<long, List<(string? From, string To, DateTime At)>>();
        await using (var command = sampled.DataSource.CreateCommand("SELECT proposal_id, from_state, to_state, at FROM proposal_event ORDER BY proposal_id, at, id"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
            {
                if (!histories.TryGetValue(reader.GetInt64(0), out var steps))
                    histories[reader.GetInt64(0)] = steps = [];
                steps.Add((reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetDateTime(3)));
            }

        await using var proposals = sampled.DataSource.CreateCommand("SELECT id, state, approved_on, filed_on, announced_on, kind, target_place_id FROM proposal");
        await using var rows = await proposals.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            var steps = histories[rows.GetInt64(0)];
            var state = rows.GetString(1);
            Assert.Null(steps[0].From);
            Assert.Equal("draft", steps[0].To);
            for (var i = 1; i < steps.Count; i++)
                Assert.Equal(steps[i - 1].To, steps[i].From);
            Assert.Equal(state, steps[^1].To);
            var path = steps.Select(s => s.To).ToList();
            var leftFrom = state is "rejected" or "withdrawn" ? path[^2] : null;
            Assert.Equal(ProposalState.PathTo(state, leftFrom), path);

            var approved = rows.IsDBNull(2) ? (DateOnly?)null : rows.GetFieldValue<DateOnly>(2);
            Assert.Equal(path.Contains("approved"), approved is not null);
            if (!rows.IsDBNull(3))
                Assert.InRange(rows.GetFieldValue<DateOnly>(3).DayNumber - approved!.Value.DayNumber, 0, 15);
            if (!rows.IsDBNull(4))
                Assert.InRange(rows.GetFieldValue<DateOnly>(4).DayNumber - rows.GetFieldValue<DateOnly>(3).DayNumber, 0, 15);
            Assert.Equal(rows.GetString(5) != "name", !rows.IsDBNull(6));
        }
    }

    [Fact]
    public async Task PoisAreInEveryReviewStateAndMergedOnesPointAtAPlace()
    {
        Assert.Equal(["accepted", "merged", "pending", "rejected"], (await sampled.ListAsync<string>("SELECT DISTINCT state FROM poi ORDER BY state")).ToArray());
        Assert.Equal(0, await sampled.ScalarAsync<long>("SELECT count(*) FROM poi WHERE (state = 'merged') <> (place_id IS NOT NULL)"));
    }

    [Fact]
    public async Task ASecondSampleIsRefusedAndChangesNothing()
    {
        var before = await sampled.ScalarAsync<long>("SELECT count(*) FROM place");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new SampleGenerator(sampled.DataSource, RepositoryPaths.DataDirectory()).GenerateAsync(SampleScale.Test, 7));

        Assert.Contains("already holds", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await sampled.ScalarAsync<long>("SELECT count(*) FROM place"));
    }

    [Theory]
    [InlineData("full", 390_000)]
    [InlineData("test", 390_000)]
    [InlineData(" Full ", 390_000)]
    public void ScalesParseByName(string text, int total) =>
        Assert.Equal(total, SampleScale.Parse(text).PlaceTotal);

    [Fact]
    public void AnUnknownScaleSaysWhichOnesExist()
    {
        var error = Assert.Throws<ArgumentException>(() => SampleScale.Parse("huge"));
        Assert.Contains("'full'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("full", 0, 390_000)]
    [InlineData("full", 21_895, 368_105)]
    [InlineData("full", 400_000, 0)]
    [InlineData("test", 0, 3_900)]
    [InlineData("test", 21_895, 3_681)]
    public void ImportedPlacesCountTowardsTheTotal(string scale, long existing, int generated) =>
        Assert.Equal(generated, SampleScale.Parse(scale).PlacesToGenerate(existing));
}
