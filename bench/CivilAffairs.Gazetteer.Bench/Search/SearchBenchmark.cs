using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Bench.FullData;
using CivilAffairs.Gazetteer.Bench.Http;
using CivilAffairs.Gazetteer.Search;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Search;

/// <summary>
/// Index build time on the full data, in-process search and autocomplete latency (p50/p99) over queries
/// drawn from the indexed names, and the change-log lag: from a committed insert to the name being searchable.
/// </summary>
internal sealed class SearchBenchmark : IBenchmark
{
    private const int Queries = 2000;
    private const int LagSamples = 200;

    public string Name => "search";

    public string Description => "Lucene index build, search and autocomplete p50/p99 in process, change-log lag";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var dataSource = await FullDataDatabase.EnsureAsync(cancellationToken);
        // --reuse-index: the benchmarks' shared index (.local/bench-index-full) when current, for the
        // search and lag figures alone; by default the index is built into an empty folder and timed.
        var reuse = context.Arguments.Contains("--reuse-index");
        var folder = Path.Combine(context.RepositoryRoot, ".local", reuse ? "bench-index-full" : "bench-index");
        if (!reuse && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var loadAtStart = MachineLoad.Now();
        using var index = new PlaceIndex(new SearchOptions { IndexDirectory = folder }, dataSource);
        var build = Stopwatch.StartNew();
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var open = index.OpenAsync(cancellationToken);
        while (await Task.WhenAny(open, Task.Delay(10_000, cancellationToken)) != open)
            Console.Error.WriteLine($"  building the index: {index.Status.Percent}% at {build.Elapsed.TotalSeconds:F0} s");
        await open;
        build.Stop();
        processor = Process.GetCurrentProcess().TotalProcessorTime - processor;
        var documents = index.Count;
        Console.Error.WriteLine($"Index built: {documents:N0} documents in {build.Elapsed.TotalSeconds:F1} s; searching...");

        var names = await NamesAsync(dataSource, cancellationToken);
        var random = new Random(20231);
        var search = new PlaceSearch(index);
        var autocomplete = new Autocomplete(index);
        var searchTexts = Enumerable.Range(0, Queries).Select(_ => SearchText(names[random.Next(names.Count)], random)).ToList();
        var prefixes = Enumerable.Range(0, Queries).Select(_ => Prefix(names[random.Next(names.Count)], random)).ToList();

        var searchTimes = InProcessTimings.Measure(searchTexts, t => search.Search(t, first: 20).Edges.Count, out var searchFound);
        var suggestTimes = InProcessTimings.Measure(prefixes, p => autocomplete.Suggest(p).Count, out var suggestFound);
        Console.Error.WriteLine($"Change-log lag, {LagSamples} changes...");
        var lags = await LagAsync(index, search, dataSource, cancellationToken);

        var report = new StringBuilder();
        report.AppendLine("# search — Lucene index build, search, change-log lag (full data)");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores shared with other work (load average {loadAtStart} at the start, {MachineLoad.Now()} at the end: p99 latencies include waiting for a core), Release build, in process, on the full-scale registry (real import + full sample).");
        report.AppendLine();
        report.AppendLine("| measure | value |");
        report.AppendLine("| --- | --- |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| documents indexed | {documents:N0} |");
        report.AppendLine(index.LastOpen == "reused"
            ? $"| index build | not measured in this run (--reuse-index: the current index was reused, opened in {build.Elapsed.TotalSeconds:F1} s) |"
            : string.Create(CultureInfo.InvariantCulture, $"| index build from PostGIS into an empty folder, fresh process (includes JIT and the reading tables) | **{build.Elapsed.TotalSeconds:F1} s** ({processor.TotalSeconds:F1} s processor time) |"));
        report.AppendLine(CultureInfo.InvariantCulture, $"| search, {Queries} queries (hanzi substrings, pinyin, initials; first 20) p50 / p99 | {InProcessTimings.Percentile(searchTimes, 50):F3} ms / {InProcessTimings.Percentile(searchTimes, 99):F3} ms |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| search queries with at least one hit | {searchFound} of {Queries} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| autocomplete, {Queries} prefixes (hanzi 1-2 chars, pinyin 2-5 letters, initials; limit 10) p50 / p99 | {InProcessTimings.Percentile(suggestTimes, 50):F3} ms / {InProcessTimings.Percentile(suggestTimes, 99):F3} ms (per kind of prefix: bench/results/autocomplete.md) |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| autocomplete prefixes with at least one suggestion | {suggestFound} of {Queries} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| change-log lag, {LagSamples} inserts (committed place + change_log row → found by search), follower polling every 200 ms: median / p99 / max | **{InProcessTimings.Percentile(lags, 50):F0} ms / {InProcessTimings.Percentile(lags, 99):F0} ms** / {lags.Max():F0} ms |");
        report.AppendLine();
        report.AppendLine("Targets: a new name searchable within 1 s. The lag is bounded by the polling interval (Search:FollowInterval, 200 ms) plus one index refresh.");
        report.AppendLine();
        report.AppendLine("Run: `GAZETTEER_DB_PORT=... dotnet run -c Release --project bench/CivilAffairs.Gazetteer.Bench -- search [--reuse-index]` (loads the full data into the local `gazetteer` database when it is not there).");
        return report.ToString();
    }

    private static async Task<List<double>> LagAsync(PlaceIndex index, PlaceSearch search, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var follower = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
            while (await timer.WaitForNextTickAsync(stop.Token))
                while (await index.FollowAsync(stop.Token) > 0) { }
        }, stop.Token);

        var lags = new List<double>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var category = new NpgsqlCommand(
            "INSERT INTO place_category VALUES ('natural_village', '自然村', 'natural village', 'settlement', NULL) ON CONFLICT DO NOTHING", connection))
            await category.ExecuteNonQueryAsync(cancellationToken);
        for (var i = 0; i < LagSamples; i++)
        {
            var name = "基准" + i.ToString(CultureInfo.InvariantCulture) + "村" + Guid.NewGuid().ToString("N")[..6];
            await using var insert = new NpgsqlCommand(
                """
                WITH p AS (INSERT INTO place (name, category, geom, point, provenance)
                           VALUES ($1, 'natural_village', ST_SetSRID(ST_MakePoint(112.5, 37.8), 4326), ST_SetSRID(ST_MakePoint(112.5, 37.8), 4326), 'sample')
                           RETURNING id)
                INSERT INTO change_log (entity, entity_id, op, actor) SELECT 'place', id::text, 'insert', 'bench' FROM p
                """, connection);
            insert.Parameters.AddWithValue(name);
            var watch = Stopwatch.StartNew();
            await insert.ExecuteNonQueryAsync(cancellationToken);
            while (search.Search(name).Edges.Count == 0 && watch.Elapsed < TimeSpan.FromSeconds(10))
                await Task.Delay(5, cancellationToken);
            lags.Add(watch.Elapsed.TotalMilliseconds);
        }
        // The benchmark's own rows are sample data and leave again, so reruns measure the same data.
        await using (var clean = new NpgsqlCommand(
            "DELETE FROM change_log WHERE actor = 'bench'; DELETE FROM place WHERE name LIKE '基准%' AND provenance = 'sample'", connection))
            await clean.ExecuteNonQueryAsync(cancellationToken);
        await stop.CancelAsync();
        try { await follower; } catch (OperationCanceledException) { }
        return lags;
    }

    private static async Task<List<string>> NamesAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT name FROM place UNION ALL SELECT name FROM division", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var names = new List<string>();
        while (await reader.ReadAsync(cancellationToken)) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>A hanzi substring of 2-3 characters, the pinyin of the name, or its initials.</summary>
    private static string SearchText(string name, Random random)
    {
        var romanization = Chinese.PlaceNameRomanizer.Shared.Romanize(name);
        return random.Next(3) switch
        {
            0 when name.Length >= 2 => Substring(name, random),
            1 when romanization.Key.Length > 0 => romanization.Toneless,
            2 when romanization.Initials.Length >= 2 => romanization.Initials,
            _ => name,
        };
    }

    private static string Substring(string name, Random random)
    {
        var length = Math.Min(name.Length, 2 + random.Next(2));
        return name.Substring(random.Next(name.Length - length + 1), length);
    }

    /// <summary>One or two leading characters, 2-5 leading pinyin letters, or the first 2-3 initials.</summary>
    private static string Prefix(string name, Random random)
    {
        var romanization = Chinese.PlaceNameRomanizer.Shared.Romanize(name);
        return random.Next(3) switch
        {
            0 => name[..Math.Min(name.Length, 1 + random.Next(2))],
            1 when romanization.Key.Length >= 2 => romanization.Key[..Math.Min(romanization.Key.Length, 2 + random.Next(4))],
            2 when romanization.Initials.Length >= 2 => romanization.Initials[..Math.Min(romanization.Initials.Length, 2 + random.Next(2))],
            _ => name[..1],
        };
    }
}
