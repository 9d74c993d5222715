using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Data.Import;
using CivilAffairs.Gazetteer.Data.Sample;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench;

/// <summary>
/// Loads the registry at full scale into an empty migrated database (the real import, then the full sample)
/// and, in the same run, copies the very same rows with raw binary COPY into a second empty
/// database as the baseline: the ratio says what generation and the importer's own work cost.
/// </summary>
internal sealed class ImportBenchmark : IBenchmark
{
    private static readonly string[] Tables =
        ["import_run", "division", "admin_change", "admin_change_unit", "place_category", "place", "place_former_name", "historical_name", "citation", "proposal", "proposal_event", "poi"];

    public string Name => "import";

    public string Description => "full-scale load (real import + sample) into an empty database vs. a raw binary COPY of the same rows";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var server = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"Set {GazetteerDataSource.ConnectionStringVariable} to an admin connection string of a PostGIS server (e.g. Host=127.0.0.1;Port=5433;Username=postgres); the benchmark creates and drops its own databases there.");
        var seed = context.Arguments.Count > 0 ? int.Parse(context.Arguments[0], CultureInfo.InvariantCulture) : 1;
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var loaded = "gzt_bench_import_" + stamp;
        var copied = "gzt_bench_copy_" + stamp;
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync(cancellationToken);
        try
        {
            await using var load = await CreateMigratedAsync(admin, server, loaded, cancellationToken);
            var loadAtStart = LoadAverage();
            var processorAtStart = Process.GetCurrentProcess().TotalProcessorTime;
            var total = Stopwatch.StartNew();
            var imported = await new RealDataImporter(load, RepositoryPaths.DataDirectory()).ImportAsync(force: false, progress: null, cancellationToken);
            Console.Error.WriteLine($"real import: {imported.Divisions:N0} divisions, {imported.Places:N0} places in {imported.Elapsed.TotalSeconds:F1} s");
            var generator = new SampleGenerator(load, RepositoryPaths.DataDirectory());
            var phases = new Dictionary<string, TimeSpan>();
            generator.Phase += phase =>
            {
                phases[phase] = total.Elapsed;
                Console.Error.WriteLine($"sample: {phase} at {total.Elapsed.TotalSeconds:F1} s");
            };
            var report = await generator.GenerateAsync(SampleScale.Full, seed, cancellationToken);
            total.Stop();
            var processor = Process.GetCurrentProcess().TotalProcessorTime - processorAtStart;
            Console.Error.WriteLine($"loaded in {total.Elapsed.TotalSeconds:F1} s; raw COPY baseline next");

            await using var copy = await CreateMigratedAsync(admin, server, copied, cancellationToken);
            var (baseline, rows, bytes) = await RawCopyAsync(load, copy, cancellationToken);
            var counts = await CountsAsync(copy, cancellationToken);
            return Report(report, imported, loadAtStart, total.Elapsed, phases, processor, baseline, rows, bytes, counts, seed);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            foreach (var db in new[] { loaded, copied })
                await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {db} WITH (FORCE)", admin))
                    await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static async Task<NpgsqlDataSource> CreateMigratedAsync(NpgsqlConnection admin, string server, string name, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin))
            await create.ExecuteNonQueryAsync(cancellationToken);
        var dataSource = GazetteerDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0 }.ConnectionString);
        await new Migrator(dataSource).MigrateAsync(cancellationToken);
        return dataSource;
    }

    /// <summary>
    /// Exports every table of the loaded database in binary (untimed), then times loading those
    /// bytes into the empty copy, all tables in one transaction, indexes in place as for the load.
    /// </summary>
    private static async Task<(TimeSpan Elapsed, long Rows, long Bytes)> RawCopyAsync(NpgsqlDataSource from, NpgsqlDataSource to, CancellationToken cancellationToken)
    {
        var exported = new List<(string Table, byte[] Data)>();
        await using (var source = await from.OpenConnectionAsync(cancellationToken))
            foreach (var table in Tables)
            {
                using var buffer = new MemoryStream();
                await using (var export = await source.BeginRawBinaryCopyAsync($"COPY {table} TO STDOUT (FORMAT BINARY)", cancellationToken))
                    await export.CopyToAsync(buffer, cancellationToken);
                exported.Add((table, buffer.ToArray()));
            }

        await using var target = await to.OpenConnectionAsync(cancellationToken);
        await using (var transaction = await target.BeginTransactionAsync(cancellationToken))
        {
            // The migrations seed some rows (the categories approving levels name): the copy replaces them.
            await using (var empty = new NpgsqlCommand($"TRUNCATE {string.Join(", ", Tables)} CASCADE", target, transaction))
                await empty.ExecuteNonQueryAsync(cancellationToken);
            var clock = Stopwatch.StartNew();
            foreach (var (table, data) in exported)
                await using (var import = await target.BeginRawBinaryCopyAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", cancellationToken))
                    await import.WriteAsync(data, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            clock.Stop();
            var rows = (await CountsAsync(to, cancellationToken)).Values.Sum();
            return (clock.Elapsed, rows, exported.Sum(e => (long)e.Data.Length));
        }
    }

    private static async Task<Dictionary<string, long>> CountsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {table}");
            counts[table] = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        return counts;
    }

    /// <summary>The machines are shared: the load average says how much of the 2 cores the run really had.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Report(SampleReport report, ImportResult imported, string loadAtStart, TimeSpan total, Dictionary<string, TimeSpan> phases, TimeSpan processor, TimeSpan baseline, long rows, long bytes,
        Dictionary<string, long> counts, int seed)
    {
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var load = LoadAverage();
        var ratio = total.TotalSeconds / baseline.TotalSeconds;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# import: full-scale load vs. raw binary COPY");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {loadAtStart} at the start and {load} at the end, seed {seed}. Targets: total under 60 s, within 5x the raw COPY.");
        text.AppendLine();
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| total load (real import + sample, one process) | {total.TotalSeconds:F1} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| - real import ({imported.Divisions:N0} divisions, {imported.Places:N0} places, {imported.AdminChanges} changes, {imported.FormerNames} former names) | {imported.Elapsed.TotalSeconds:F1} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| - sample: generating in memory | {report.Generating.TotalSeconds:F1} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| - sample: binary COPY, index rebuild, ANALYZE and commit | {report.Writing.TotalSeconds:F1} s |");
        if (phases.TryGetValue("writing", out var writing) && phases.TryGetValue("deriving", out var deriving) && phases.TryGetValue("indexing", out var indexing))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| -- of which binary COPY of the sample's tables | {(deriving - writing).TotalSeconds:F1} s |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| -- of which filling the derived tables (tile_point, place_cell, place_part) | {(indexing - deriving).TotalSeconds:F1} s |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| -- of which keys, indexes, foreign keys, ANALYZE and commit | {(total - indexing).TotalSeconds:F1} s |");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"| processor time of the loading process (generation + client side of COPY) | {processor.TotalSeconds:F1} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| raw binary COPY of the same {rows:N0} rows ({bytes / 1048576.0:F0} MiB) | {baseline.TotalSeconds:F1} s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| ratio load / raw COPY | {ratio:F2}x |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| peak working set of the process | {peak / 1048576.0:F0} MiB |");
        text.AppendLine();
        text.AppendLine("| table | rows |");
        text.AppendLine("|---|---|");
        foreach (var (table, count) in counts)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {table} | {count:N0} |");
        text.AppendLine();
        text.AppendLine("The load is `RealDataImporter` then `SampleGenerator` (full scale), each in its own transaction; the");
        text.AppendLine("sample drops the secondary indexes of its tables, COPYs and rebuilds them inside its transaction.");
        text.AppendLine("Both drop the insert triggers of the derived tables (tiles, boundary and place pieces, place cells;");
        text.AppendLine("migration 090) for their COPYs and fill those tables once afterwards with the triggers' own SQL;");
        text.AppendLine("the sample rebuilds the derived tables' keys and indexes with its own.");
        text.AppendLine("The baseline COPYs the exported rows of every table into a freshly migrated database in one");
        text.AppendLine("transaction with the migrations' indexes in place, as a plain COPY into the schema would.");
        return text.ToString();
    }
}
