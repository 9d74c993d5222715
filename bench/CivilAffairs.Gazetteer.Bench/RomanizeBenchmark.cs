using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Bench;

/// <summary>
/// Romanizes 390,000 names on one thread: the 23,380 real 2023 division names of
/// data/divisions-2023, each as written, in traditional characters and as the place its
/// committee names, cycled to 390,000. Baseline: search normalisation of the same names.
/// </summary>
internal sealed class RomanizeBenchmark : IBenchmark
{
    private const int NameCount = 390_000;
    private const int Rounds = 3;

    public string Name => "romanize";

    public string Description => "PlaceNameRomanizer.Romanize over 390,000 names on one core (target < 2 s)";

    public Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var loading = Stopwatch.StartNew();
        var romanizer = PlaceNameRomanizer.Shared;
        romanizer.Romanize("洪洞县");
        loading.Stop();

        var real = RealNames(Path.Combine(context.RepositoryRoot, "data", "divisions-2023"));
        var names = Varied(real);

        var romanize = new List<double>();
        var romanizeCpu = new List<double>();
        var baseline = new List<double>();
        var review = 0;
        for (var round = 0; round < Rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            baseline.Add(Time(() => { foreach (var name in names) SearchText.Normalize(name); }));
            review = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            romanize.Add(Time(() => { foreach (var name in names) if (romanizer.Romanize(name).NeedsReview) review++; }));
            romanizeCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }

        var best = romanize.Min();
        var median = romanize.Order().ElementAt(Rounds / 2);
        var baselineMedian = baseline.Order().ElementAt(Rounds / 2);
        var cpuMedian = romanizeCpu.Order().ElementAt(Rounds / 2);
        // Machines here are shared: the load average says how far the wall-clock figure can be trusted.
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        var report = new StringBuilder();
        report.AppendLine("# romanize");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{Description}. Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores visible, one thread used, Release build.");
        report.AppendLine();
        report.AppendLine("| figure | value |");
        report.AppendLine("|---|---|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| names | {names.Count:N0} ({real.Count:N0} real names, as written / traditional / committee's place, cycled) |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| tables loaded (first call) | {loading.Elapsed.TotalMilliseconds:F0} ms |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| romanize, best of {Rounds} | {best:F2} s |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| romanize, median of {Rounds} | {median:F2} s ({median / names.Count * 1e6:F2} µs a name) |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| romanize, CPU time of the process, median | {cpuMedian:F2} s |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| baseline: SearchText.Normalize, median | {baselineMedian:F2} s |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| romanize / baseline | {median / baselineMedian:F1}x |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| names flagged for review | {review:N0} ({100.0 * review / names.Count:F1} %) |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| load average while measuring | {load} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| target < 2 s (wall clock, median) | {(median < 2 ? "met" : "NOT met")} |");
        return Task.FromResult(report.ToString());
    }

    private static double Time(Action action)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }

    private static List<string> RealNames(string folder) =>
        new[] { "province", "cities", "counties", "townships", "villages" }
            .SelectMany(table => File.ReadLines(Path.Combine(folder, table + ".csv")).Skip(1).Select(line => line.Split('"')[1]))
            .ToList();

    private static List<string> Varied(List<string> real)
    {
        var traditional = real.Select(ChineseScript.ToTraditional).ToList();
        var places = real.Select(CommitteeNames.PlaceName).ToList();
        var names = new List<string>(NameCount);
        for (var i = 0; names.Count < NameCount; i++)
        {
            var variant = (i / real.Count) % 3;
            var index = i % real.Count;
            names.Add(variant switch { 0 => real[index], 1 => traditional[index], _ => places[index] });
        }
        return names;
    }
}
