using CivilAffairs.Gazetteer.Data.Import;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Data.Tests.Import;

/// <summary>Running the import again: skipped for the same files, replaced when forced, untouched when it fails.</summary>
public sealed class ReimportTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    private RealDataImporter Importer(string? dataDirectory = null) => new(database.DataSource, dataDirectory ?? RepositoryPaths.DataDirectory());

    private async Task<long> Count(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task ImportingTheSameFilesAgainIsSkipped()
    {
        var runs = await Count("SELECT count(*) FROM import_run");

        var result = await Importer().ImportAsync();

        Assert.True(result.Skipped);
        Assert.Equal(runs, await Count("SELECT count(*) FROM import_run"));
        Assert.Equal(23391L, await Count("SELECT count(*) FROM division"));
    }

    [Fact]
    public async Task ForcedImportReplacesTheEarlierRowsAndReportsProgress()
    {
        var stages = new List<ImportProgress>();
        var result = await Importer().ImportAsync(force: true, new SynchronousProgress(stages.Add));

        Assert.False(result.Skipped);
        Assert.Equal(23391, result.Divisions);
        Assert.Equal(23391L, await Count("SELECT count(*) FROM division"));
        Assert.Equal(23391L, await Count("SELECT count(*) FROM place"));
        Assert.Equal(9L, await Count("SELECT count(*) FROM admin_change"));
        Assert.Equal(result.FormerNames, await Count("SELECT count(*) FROM place_former_name"));
        Assert.Equal(1L, await Count("SELECT count(DISTINCT import_run_id) FROM place"));
        Assert.Contains(stages, p => p.Stage == "places" && p.Done == p.Total && p.Total == 23391);
    }

    [Fact]
    public async Task AnImportCancelledMidwayLeavesThePreviousData()
    {
        var before = await Count("SELECT max(import_run_id) FROM place");
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == "places" && p.Done >= 10_000)
                cancellation.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Importer().ImportAsync(force: true, progress, cancellation.Token));

        Assert.Equal(before, await Count("SELECT max(import_run_id) FROM place"));
        Assert.Equal(23391L, await Count("SELECT count(*) FROM place"));
        Assert.Equal(23391L, await Count("SELECT count(*) FROM division"));
    }

    [Fact]
    public async Task AFileWithABadRowIsRefusedWithItsLineAndNothingChanges()
    {
        var copy = CopyOfData();
        try
        {
            var villages = Path.Combine(copy, "divisions-2023", "villages.csv");
            var lines = File.ReadAllLines(villages);
            lines[5] = "14010500100X,\"坏行村委会\",140105001,14,1401,140105";
            File.WriteAllLines(villages, lines);
            var before = await Count("SELECT max(id) FROM import_run");

            var error = await Assert.ThrowsAsync<ImportDataException>(() => Importer(copy).ImportAsync(force: true));

            Assert.Equal("villages.csv", error.File);
            Assert.Equal(6, error.Line);
            Assert.Contains("14010500100X", error.Message);
            Assert.Equal(before, await Count("SELECT max(id) FROM import_run"));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public async Task ACountyWithoutPolygonOrLineageIsRefused()
    {
        var copy = CopyOfData();
        try
        {
            var lineage = Path.Combine(copy, "lineage", "county-changes-2018-2019.csv");
            File.WriteAllLines(lineage, File.ReadAllLines(lineage).Where(l => !l.StartsWith("140404,", StringComparison.Ordinal)));

            var error = await Assert.ThrowsAsync<ImportDataException>(() => Importer(copy).ImportAsync(force: true));

            Assert.Contains("140404", error.Message);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static string CopyOfData()
    {
        var source = RepositoryPaths.DataDirectory();
        var target = Path.Combine(Path.GetTempPath(), "gazetteer-data-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    /// <summary>Progress<T> posts to the thread pool; the tests need the reports in order, on the spot.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
