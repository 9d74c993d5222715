using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Bench.FullData;
using CivilAffairs.Gazetteer.Bench.Http;
using CivilAffairs.Gazetteer.Search.Tests.Geocoding;

namespace CivilAffairs.Gazetteer.Bench.Geocoding;

/// <summary>
/// `geocode-batch`: 100,000 addresses (the labelled set repeated, with a row id) through the real
/// command, `gazetteer geocode IN.csv -o OUT.csv`, as a separate process: rows a second over the whole
/// run (start, hierarchy load, file) and the process's peak memory. Baseline in the same run: the
/// same command on a one-row file (what start-up and the hierarchy load alone cost).
/// </summary>
internal sealed class GeocodeBatchBenchmark : IBenchmark
{
    private const int Rows = 100_000;

    public string Name => "geocode-batch";

    public string Description => "100,000 addresses through `gazetteer geocode IN.csv -o OUT.csv`: rows/s (target 3,000/s) and peak memory";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await (await FullDataDatabase.EnsureAsync(cancellationToken)).DisposeAsync();
        var cli = Path.Combine(context.RepositoryRoot, "src", "CivilAffairs.Gazetteer.Cli", "bin", "Release", "net10.0", "gazetteer.dll");
        if (!File.Exists(cli))
            await RunAsync("dotnet", ["build", "src/CivilAffairs.Gazetteer.Cli", "-c", "Release", "--nologo", "-v", "q"], context.RepositoryRoot, cancellationToken);

        var set = AddressSet.Load();
        var folder = Path.Combine(Path.GetTempPath(), $"gazetteer-batch-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "addresses.csv");
            var one = Path.Combine(folder, "one.csv");
            await WriteAsync(input, set.Select(a => a.Address), Rows);
            await WriteAsync(one, set.Select(a => a.Address), 1);
            var loadAtStart = MachineLoad.Now();
            Console.Error.WriteLine("Baseline: the command on a one-row file...");
            var startUp = await RunAsync("dotnet", [cli, "geocode", one, "-o", Path.Combine(folder, "one.out.csv")], context.RepositoryRoot, cancellationToken);
            Console.Error.WriteLine($"  {startUp.Elapsed.TotalSeconds:F1} s, peak {startUp.PeakBytes / 1048576.0:F0} MiB");
            Console.Error.WriteLine($"{Rows:N0} rows through gazetteer geocode...");
            var output = Path.Combine(folder, "addresses.out.csv");
            var batch = await RunAsync("dotnet", [cli, "geocode", input, "-o", output], context.RepositoryRoot, cancellationToken);
            var written = File.ReadLines(output).Count() - 1;
            var statuses = File.ReadLines(output).Skip(1).Select(Status).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            Console.Error.WriteLine($"  {batch.Elapsed.TotalSeconds:F1} s, peak {batch.PeakBytes / 1048576.0:F0} MiB");

            var perSecond = Rows / batch.Elapsed.TotalSeconds;
            var fileOnly = batch.Elapsed - startUp.Elapsed;
            var text = new StringBuilder();
            text.AppendLine("# geocode-batch — 100,000 addresses through the command line");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores shared with other work: load average {loadAtStart} at the start, {MachineLoad.Now()} at the end. Full data in the database; the command loads the division hierarchy from it, then streams the file.");
            text.AppendLine();
            text.AppendLine("| measure | value |");
            text.AppendLine("|---|---|");
            text.AppendLine(CultureInfo.InvariantCulture, $"| `gazetteer geocode` on {Rows:N0} rows (the {set.Count} labelled addresses repeated), whole process | {batch.Elapsed.TotalSeconds:F1} s |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| rows per second, whole process | **{perSecond:N0}** (target 3,000: {(perSecond >= 3000 ? "met" : "NOT met")}) |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| baseline: the same command on a one-row file (start, hierarchy load) | {startUp.Elapsed.TotalSeconds:F1} s |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| rows per second after start-up (whole minus baseline) | {Rows / Math.Max(0.001, fileOnly.TotalSeconds):N0} |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| peak working set of the command | {batch.PeakBytes / 1048576.0:F0} MiB (one-row file: {startUp.PeakBytes / 1048576.0:F0} MiB) |");
            text.AppendLine(CultureInfo.InvariantCulture, $"| result rows written | {written:N0} ({string.Join(", ", statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value:N0}"))}) |");
            text.AppendLine();
            text.AppendLine("Peak memory is the largest working set seen while polling the process every 50 ms.");
            text.AppendLine();
            text.AppendLine("Run: `GAZETTEER_DB_PORT=... dotnet run -c Release --project bench/CivilAffairs.Gazetteer.Bench -- geocode-batch`");
            return text.ToString();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The status column: the line's third field from the end is not stable, so find the known words.</summary>
    private static string Status(string line)
    {
        foreach (var status in new[] { "MATCHED", "AMBIGUOUS", "NO_MATCH", "INVALID" })
            if (line.Contains(status, StringComparison.Ordinal)) return status;
        return "other";
    }

    private static async Task WriteAsync(string path, IEnumerable<string> addresses, int rows)
    {
        var list = addresses.ToList();
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await writer.WriteLineAsync("id,address");
        for (var i = 0; i < rows; i++)
            await writer.WriteLineAsync($"{i + 1},\"{list[i % list.Count].Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
    }

    private static async Task<(TimeSpan Elapsed, long PeakBytes)> RunAsync(string program, string[] arguments, string directory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GAZETTEER_DB"] = FullDataDatabase.ConnectionString();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        long peak = 0;
        while (!process.HasExited)
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
            }
            catch (InvalidOperationException)
            {
            }
            await Task.Delay(50, cancellationToken);
        }
        await process.WaitForExitAsync(cancellationToken);
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}{await output}");
        return (clock.Elapsed, peak);
    }
}
