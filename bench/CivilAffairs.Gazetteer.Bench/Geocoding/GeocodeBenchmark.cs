using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Search.Geocoding;
using CivilAffairs.Gazetteer.Search.Tests.Geocoding;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Geocoding;

/// <summary>
/// `geocode`: the labelled address set through the in-memory geocoder and through the pg_trgm baseline
/// (accuracy and per-query time side by side), then 100,000 addresses through the CLI's file path.
/// Reads the imported registry (<see cref="GeocodeBenchmarkDatabase"/>); the baseline's table is dropped afterwards.
/// </summary>
internal sealed class GeocodeBenchmark : IBenchmark
{
    private const int BatchRows = 100_000;

    public string Name => "geocode";

    public string Description => "geocoder vs pg_trgm baseline on the labelled set; 100,000-row file through the CLI path";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var dataSource = await GeocodeBenchmarkDatabase.OpenAsync(cancellationToken);
        return await MeasureAsync(dataSource, cancellationToken);
    }

    private static async Task<string> MeasureAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
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
        finally
        {
            await baseline.DropAsync(CancellationToken.None);
        }

        var (rowsPerSecond, batchSeconds, summary) = await BatchAsync(geocoder, set, cancellationToken);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);

        var ours = Stats(timings);
        var theirs = Stats(baselineTimings);
        var report = new StringBuilder();
        report.AppendLine("# geocode");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on this machine (2 cores shared with other work; figures are noisy, ratios matter).");
        report.AppendLine(CultureInfo.InvariantCulture, $"Data: the real 2023 hierarchy ({hierarchy.Divisions.Count:N0} units incl. historical, {hierarchy.Changes.Count} admin changes), loaded from PostGIS in {load.ElapsedMilliseconds} ms.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Test set: tests/CivilAffairs.Gazetteer.Search.Tests/Geocoding/addresses.tsv, {set.Count} labelled addresses ({set.Count(a => a.ExpectedStatus == "AMBIGUOUS")} ambiguous).");
        report.AppendLine();
        report.AppendLine("| | top-1 accuracy | mean per query | p50 | p99 |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Geocoder (in process, trie over the hierarchy) | {(double)right / set.Count:P1} | {ours.Mean:F1} µs | {ours.P50:F1} µs | {ours.P99:F1} µs |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| Baseline (pg_trgm word_similarity + joins, one SQL call) | {(double)baselineRight / set.Count:P1} | {theirs.Mean:F1} µs | {theirs.P50:F1} µs | {theirs.P99:F1} µs |");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Speed-up per query (mean): {theirs.Mean / ours.Mean:F0}x (target >= 10x). Baseline ambiguous cases count as right only when its top two tie and the top is one of the expected codes.");
        report.AppendLine();
        report.AppendLine("## Batch: the CLI file path (CsvGeocoding, as `gazetteer geocode IN.csv -o OUT.csv` runs it)");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{BatchRows:N0} rows (the labelled set repeated, with a row id column) from a CSV file to a CSV file: {batchSeconds:F1} s, **{rowsPerSecond:N0} rows/s** (target 3,000/s), {summary.Matched:N0} matched, {summary.Ambiguous:N0} ambiguous.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Peak working set of the whole benchmark process (hierarchy, baseline client and batch): {peak:F0} MiB.");
        return report.ToString();
    }

    private static bool IsRight(LabelledAddress a, GeocodeResult result) =>
        a.ExpectedStatus == "MATCHED"
            ? result.Status == GeocodeStatus.Matched && result.Best?.Code == a.ExpectedCodes[0]
            : result.Status == GeocodeStatus.Ambiguous && a.ExpectedCodes.All(c => result.Alternatives.Any(x => x.Code == c));

    private static async Task<(double RowsPerSecond, double Seconds, CsvGeocodingSummary Summary)> BatchAsync(Geocoder geocoder, IReadOnlyList<LabelledAddress> set, CancellationToken cancellationToken)
    {
        var input = Path.Combine(Path.GetTempPath(), $"gazetteer-geocode-{Environment.ProcessId}.csv");
        var output = Path.ChangeExtension(input, ".out.csv");
        try
        {
            await using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
            {
                await writer.WriteLineAsync("id,address");
                for (var i = 0; i < BatchRows; i++)
                    await writer.WriteLineAsync($"{i + 1},\"{set[i % set.Count].Address.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            }
            var watch = Stopwatch.StartNew();
            CsvGeocodingSummary summary;
            using (var reader = new StreamReader(input, Encoding.UTF8))
            await using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)))
                summary = await CsvGeocoding.RunAsync(reader, writer, geocoder, Crs.Wgs84, new DateOnly(2024, 1, 1), null, cancellationToken);
            watch.Stop();
            return (summary.Rows / watch.Elapsed.TotalSeconds, watch.Elapsed.TotalSeconds, summary);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    private static (double Mean, double P50, double P99) Stats(List<double> micros)
    {
        var sorted = micros.Order().ToList();
        return (sorted.Average(), sorted[sorted.Count / 2], sorted[(int)(sorted.Count * 0.99)]);
    }
}
