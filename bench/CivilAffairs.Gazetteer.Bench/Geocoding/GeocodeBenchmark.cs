using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Bench.FullData;
using CivilAffairs.Gazetteer.Bench.Http;
using CivilAffairs.Gazetteer.Search.Geocoding;
using CivilAffairs.Gazetteer.Search.Tests.Geocoding;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Geocoding;

/// <summary>
/// `geocode`: the labelled address set through the in-memory geocoder and through the pg_trgm baseline
/// (accuracy and per-query time side by side), then our geocode over HTTP at 8 clients against the
/// baseline's SQL on 8 connections in the database. Reads the full-scale registry
/// (<see cref="FullDataDatabase"/>); the baseline's table is dropped afterwards.
/// </summary>
internal sealed class GeocodeBenchmark : IBenchmark
{
    private const int BatchRows = 100_000;

    public string Name => "geocode";

    public string Description => "geocoder vs pg_trgm baseline on the labelled set, in process and at 8 clients (HTTP) vs 8 connections (SQL)";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var dataSource = await FullDataDatabase.EnsureAsync(cancellationToken);
        return await MeasureAsync(context, dataSource, cancellationToken);
    }

    private static async Task<string> MeasureAsync(BenchContext context, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var load = Stopwatch.StartNew();
        var hierarchy = await HierarchyLoader.LoadAsync(dataSource, cancellationToken);
        load.Stop();
        var geocoder = new Geocoder(hierarchy);
        var set = AddressSet.Load();
        var asOf = new DateOnly(2024, 1, 1);

        // In process: one warm-up pass, then five timed passes over the whole set.
        var right = set.Count(a => IsRight(a, geocoder.Geocode(a.Address, asOf)));
        var timings = new List<double>();
        for (var pass = 0; pass < 5; pass++)
            foreach (var a in set)
            {
                var started = Stopwatch.GetTimestamp();
                geocoder.Geocode(a.Address, asOf);
                timings.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }

        var baseline = new TrigramBaselineGeocoder(dataSource);
        var baselineRight = 0;
        var baselineTimings = new List<double>();
        await baseline.PrepareAsync(cancellationToken);
        try
        {
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            {
                await baseline.GeocodeAsync(connection, set[0].Address, cancellationToken);
                foreach (var a in set)
                {
                    var started = Stopwatch.GetTimestamp();
                    var (code, tied) = await baseline.GeocodeAsync(connection, a.Address, cancellationToken);
                    baselineTimings.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                    var ok = a.ExpectedStatus == "MATCHED" ? code == a.ExpectedCodes[0] && !tied : tied && a.ExpectedCodes.Contains(code);
                    baselineRight += ok ? 1 : 0;
                }
            }
        }
        catch
        {
            await baseline.DropAsync(CancellationToken.None);
            throw;
        }

        var loadAtStart = MachineLoad.Now();
        var (http, noOp) = await OverHttpAsync(context, cancellationToken);
        var inDatabase = await BaselineInDatabaseAsync(baseline, set, cancellationToken);
        await baseline.DropAsync(CancellationToken.None);

        var ours = Stats(timings);
        var theirs = Stats(baselineTimings);
        var report = new StringBuilder();
        report.AppendLine("# geocode");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on this machine (2 cores shared with other work; figures are noisy, ratios matter), full data ({await FullDataDatabase.ScalarAsync(dataSource, "SELECT count(*) FROM place", cancellationToken):N0} places).");
        report.AppendLine(CultureInfo.InvariantCulture, $"Data: the real 2023 hierarchy ({hierarchy.Divisions.Count:N0} units incl. historical, {hierarchy.Changes.Count} admin changes), loaded from PostGIS in {load.ElapsedMilliseconds} ms.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Test set: tests/CivilAffairs.Gazetteer.Search.Tests/Geocoding/addresses.tsv, {set.Count} labelled addresses ({set.Count(a => a.ExpectedStatus == "AMBIGUOUS")} ambiguous).");
        report.AppendLine();
        report.AppendLine("## In process: accuracy and time per query, side by side");
        report.AppendLine();
        report.AppendLine("| | top-1 accuracy | mean per query | p50 | p99 |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Geocoder (in process, trie over the hierarchy) | {(double)right / set.Count:P1} | {ours.Mean:F1} µs | {ours.P50:F1} µs | {ours.P99:F1} µs |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Baseline (pg_trgm word_similarity + joins, one SQL call) | {(double)baselineRight / set.Count:P1} | {theirs.Mean:F1} µs | {theirs.P50:F1} µs | {theirs.P99:F1} µs |");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Speed-up per query (mean): {theirs.Mean / ours.Mean:F0}x (target >= 10x). Baseline ambiguous cases count as right only when its top two tie and the top is one of the expected codes.");
        report.AppendLine();
        report.AppendLine("## Over HTTP at 8 clients vs. the baseline's SQL in the database at 8 connections");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Our `geocode` through the API (GraphQL over HTTP, {HttpClients} clients, {HttpSeconds} s after 1 s warm-up, cycling through the labelled set) against the baseline's one SQL call run by {HttpClients} connections at once inside PostgreSQL ({BaselineSeconds} s, no HTTP, no GraphQL). Load average {loadAtStart} before, {MachineLoad.Now()} after.");
        report.AppendLine();
        report.AppendLine("| | clients | requests | throughput (per s) | p50 (ms) | p99 (ms) | errors |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| `{{ __typename }}` over HTTP (no-op, same API) | {noOp.Clients} | {noOp.Requests:N0} | {noOp.Throughput:N0} | {noOp.P50Milliseconds:F2} | {noOp.P99Milliseconds:F2} | {noOp.Errors} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| geocode over HTTP | {http.Clients} | {http.Requests:N0} | {http.Throughput:N1} | {http.P50Milliseconds:F2} | {http.P99Milliseconds:F2} | {http.Errors} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| baseline SQL in the database | {inDatabase.Clients} | {inDatabase.Requests:N0} | {inDatabase.Throughput:N1} | {inDatabase.P50Milliseconds:F2} | {inDatabase.P99Milliseconds:F2} | {inDatabase.Errors} |");
        report.AppendLine();
        var httpRatio = http.Throughput / inDatabase.Throughput;
        report.AppendLine(CultureInfo.InvariantCulture, $"Geocode over HTTP / baseline in the database: **{httpRatio:F0}x** (target >= 3x: {(httpRatio >= 3 ? "met" : "NOT met")}); geocode at 8 clients is {http.Throughput / noOp.Throughput:P0} of the no-op.");
        report.AppendLine();
        report.AppendLine("Run: `GAZETTEER_DB_PORT=... dotnet run -c Release --project bench/CivilAffairs.Gazetteer.Bench -- geocode [URL]` (full data loaded when missing; starts the API on GAZETTEER_BENCH_PORT, default 5099, unless a URL is given).");
        return report.ToString();
    }

    private static bool IsRight(LabelledAddress a, GeocodeResult result) =>
        a.ExpectedStatus == "MATCHED"
            ? result.Status == GeocodeStatus.Matched && result.Best?.Code == a.ExpectedCodes[0]
            : result.Status == GeocodeStatus.Ambiguous && a.ExpectedCodes.All(c => result.Alternatives.Any(x => x.Code == c));

    private const int HttpClients = 8;
    private const int HttpSeconds = 15;
    private const int BaselineSeconds = 20;

    private static async Task<(LoadResult Geocode, LoadResult NoOp)> OverHttpAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var api = await HttpQueries.StartApiAsync(context, cancellationToken);
        using var load = new HttpLoad(api.GraphQL);
        await load.CheckAsync(cancellationToken);
        var plan = LoadPlan.For(HttpClients, TimeSpan.FromSeconds(HttpSeconds));
        var noOp = await load.RunAsync("{ __typename }", plan, GraphQLRequest.NoOp, cancellationToken);
        Console.Error.WriteLine("  " + noOp);
        var bodies = AddressSet.Load().Select(a => GraphQLRequest.Body(HttpQueries.Geocode, new { a = a.Address })).ToArray();
        var geocode = await load.RunAsync("geocode", plan, HttpQueries.Cycle(bodies), cancellationToken);
        Console.Error.WriteLine("  " + geocode);
        return (geocode, noOp);
    }

    /// <summary>The baseline at its best: its SQL on 8 connections at once, in the database, for a fixed time.</summary>
    private static async Task<LoadResult> BaselineInDatabaseAsync(TrigramBaselineGeocoder baseline, IReadOnlyList<LabelledAddress> set, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine($"Baseline: {HttpClients} connections for {BaselineSeconds} s...");
        var dataSource = FullDataDatabase.ConnectionString();
        long next = -1;
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(BaselineSeconds);
        var latencies = new List<double>[HttpClients];
        await Task.WhenAll(Enumerable.Range(0, HttpClients).Select(async c =>
        {
            var mine = latencies[c] = [];
            await using var connection = new NpgsqlConnection(dataSource);
            await connection.OpenAsync(cancellationToken);
            while (clock.Elapsed < until)
            {
                var i = Interlocked.Increment(ref next);
                var started = Stopwatch.GetTimestamp();
                await baseline.GeocodeAsync(connection, set[(int)(i % set.Count)].Address, cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        var result = new LoadResult("baseline SQL", HttpClients, all.Length, 0, 0, elapsed, HttpLoad.Percentile(all, 0.5), HttpLoad.Percentile(all, 0.99), all[^1]);
        Console.Error.WriteLine("  " + result);
        return result;
    }

    private static (double Mean, double P50, double P99) Stats(List<double> micros)
    {
        var sorted = micros.Order().ToList();
        return (sorted.Average(), sorted[sorted.Count / 2], sorted[(int)(sorted.Count * 0.99)]);
    }
}
