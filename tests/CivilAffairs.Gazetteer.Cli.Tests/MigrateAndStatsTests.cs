using System.Globalization;
using CivilAffairs.Gazetteer.Cli.Database;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Cli.Tests;

public sealed class MigrateAndStatsTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    [Fact]
    public async Task MigrateBuildsTheSchemaOfAnEmptyDatabaseOnceAndStatsThenCountsNothing()
    {
        var name = "gzt_empty_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsAdmin($"CREATE DATABASE {name}");
        try
        {
            var environment = new Dictionary<string, string> { ["GAZETTEER_DB"] = TestServer.ConnectionStringFor(name) };

            var first = await GazetteerProcess.RunAsync(environment, "migrate");
            var second = await GazetteerProcess.RunAsync(environment, "migrate");
            var stats = await GazetteerProcess.RunAsync(environment, "stats");

            Assert.Equal(0, first.ExitCode);
            foreach (var migration in Migrator.All)
                Assert.Contains($"Applied {migration.Name}", first.Output);
            Assert.Equal(0, second.ExitCode);
            Assert.Contains("is up to date", second.Output);
            Assert.Equal(0, stats.ExitCode);
            Assert.Matches(@"Place names\s*│\s*0\s*│", stats.Output);
            Assert.Matches(@"Division units \(current\)\s*│\s*0\s*│", stats.Output);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsAdmin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [Fact]
    public async Task StatsOnADatabaseWithoutTheSchemaSaysToMigrate()
    {
        var name = "gzt_bare_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsAdmin($"CREATE DATABASE {name}");
        try
        {
            var result = await GazetteerProcess.RunAsync(
                new Dictionary<string, string> { ["GAZETTEER_DB"] = TestServer.ConnectionStringFor(name) }, "stats");

            Assert.Equal(ExitCodes.Failed, result.ExitCode);
            Assert.Contains("gazetteer migrate", result.Error);
        }
        finally
        {
            await ExecuteAsAdmin($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [Fact]
    public async Task StatsCountsEachKindOfRecordAndEachDivisionLevel()
    {
        var before = await RegistryCounts.ReadAsync(database.DataSource, CancellationToken.None);
        await using (var insert = database.DataSource.CreateCommand(
            """
            INSERT INTO division (code, level, name, parent_code, is_statistical_zone, provenance) VALUES
              ('990000000000', 'province', '测试省', NULL, false, 'sample'),
              ('990100000000', 'city', '测试市', '990000000000', false, 'sample'),
              ('990102000000', 'county', '测试县', '990100000000', false, 'sample'),
              ('990171000000', 'county', '测试经济开发区', '990100000000', true, 'sample'),
              ('990102001000', 'township', '测试镇', '990102000000', false, 'sample'),
              ('990102001001', 'village', '张家庄村委会', '990102001000', false, 'sample'),
              ('990102001002', 'village', '李家峪村委会', '990102001000', false, 'sample');
            -- A retired unit is history, not a current unit.
            INSERT INTO division (code, level, name, parent_code, valid_to, provenance)
              VALUES ('990102001003', 'village', '王家沟村委会', '990102001000', '2020-01-01', 'sample');
            INSERT INTO place_category (code, name_zh, name_en, census_class)
              VALUES ('cli_test', '测试', 'test', 'test') ON CONFLICT DO NOTHING;
            INSERT INTO place (name, category, geom, point, provenance)
              SELECT n, 'cli_test', ST_SetSRID(ST_MakePoint(111.5, 36.1), 4326), ST_SetSRID(ST_MakePoint(111.5, 36.1), 4326), 'sample'
              FROM unnest(ARRAY['张家庄', '李家峪', '王家沟']) AS n;
            INSERT INTO historical_name (name, list_level, provenance) VALUES ('平阳', 'province', 'sample'), ('绛州', NULL, 'official');
            INSERT INTO proposal (kind, state, proposed_name, category, division_code, applicant, provenance)
              VALUES ('name', 'submitted', '杏花村', 'cli_test', '990102001001', '测试', 'sample');
            INSERT INTO poi (name, category, geom, state, collected_by, provenance) VALUES
              ('老槐树', 'tree', ST_SetSRID(ST_MakePoint(111.5, 36.1), 4326), 'pending', 'tester', 'sample'),
              ('古戏台', 'stage', ST_SetSRID(ST_MakePoint(111.6, 36.2), 4326), 'accepted', 'tester', 'sample');
            """))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var after = await RegistryCounts.ReadAsync(database.DataSource, CancellationToken.None);
        var stats = await GazetteerProcess.RunAsync(new Dictionary<string, string> { ["GAZETTEER_DB"] = database.ConnectionString }, "stats");

        Assert.Equal(
            new RegistryCounts(new(3, 3), new(2, 1), new(1, 1), new(1, 1), new(2, 2), 1, 1, 2, 1, 1, 2),
            new RegistryCounts(
                Added(before.PlaceNames, after.PlaceNames),
                Added(before.HistoricalNames, after.HistoricalNames),
                Added(before.ProtectedHistoricalNames, after.ProtectedHistoricalNames),
                Added(before.InitiativeNames, after.InitiativeNames),
                Added(before.PointsOfInterest, after.PointsOfInterest),
                after.Provinces - before.Provinces,
                after.Cities - before.Cities,
                after.Counties - before.Counties,
                after.StatisticalZones - before.StatisticalZones,
                after.Townships - before.Townships,
                after.Villages - before.Villages));
        Assert.Equal(7, after.DivisionUnits - before.DivisionUnits);
        Assert.Equal(0, stats.ExitCode);
        Assert.Matches($@"Place names\s*│\s*{Count(after.PlaceNames.Total)}\s*│\s*{Count(after.PlaceNames.Sample)}\s*│", stats.Output);
        Assert.Matches($@"Protected historical names[^│]*│\s*{Count(after.ProtectedHistoricalNames.Total)}\s*│\s*{Count(after.ProtectedHistoricalNames.Sample)}\s*│", stats.Output);
        Assert.Matches($@"Initiative names \(proposals\)\s*│\s*{Count(after.InitiativeNames.Total)}\s*│", stats.Output);
        Assert.Matches($@"Points of interest\s*│\s*{Count(after.PointsOfInterest.Total)}\s*│\s*{Count(after.PointsOfInterest.Sample)}\s*│", stats.Output);
        Assert.Matches($@"county-level \(incl\. {after.StatisticalZones} statistical zones\)\s*│\s*{Count(after.Counties)}\s*│", stats.Output);
        Assert.Matches($@"village committee\s*│\s*{Count(after.Villages)}\s*│", stats.Output);
    }

    private static Tally Added(Tally before, Tally after) => new(after.Total - before.Total, after.Sample - before.Sample);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task ExecuteAsAdmin(string sql)
    {
        await using var admin = new NpgsqlConnection(TestServer.AdminConnectionString().ConnectionString);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
