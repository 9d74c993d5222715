using System.Diagnostics;
using System.Text;

namespace CivilAffairs.Gazetteer.Bench.History;

/// <summary>
/// Each query of a run with what it cost: wall and processor time, bytes allocated on its thread,
/// garbage collections during it and how many it found. The slowest 1 % tell whether the tail is
/// a few expensive queries or collections and waiting for a core.
/// </summary>
internal sealed class QueryTail
{
    private readonly List<Row> rows = [];

    private sealed record Row(string Text, int Found, double WallMs, double CpuMs, long Allocated, int Gen0, int Gen1, int Gen2);

    public static QueryTail Measure(IReadOnlyList<string> texts, Func<string, int> run)
    {
        foreach (var text in texts.Take(200)) run(text);
        var tail = new QueryTail();
        foreach (var text in texts)
        {
            var gen0 = GC.CollectionCount(0);
            var gen1 = GC.CollectionCount(1);
            var gen2 = GC.CollectionCount(2);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadClock.NowMilliseconds();
            var watch = Stopwatch.StartNew();
            var found = run(text);
            var wall = watch.Elapsed.TotalMilliseconds;
            tail.rows.Add(new Row(text, found, wall, ThreadClock.NowMilliseconds() - cpu, GC.GetAllocatedBytesForCurrentThread() - allocated,
                GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2));
        }
        return tail;
    }

    public List<double> Wall => rows.Select(r => r.WallMs).ToList();

    public List<double> Cpu => ThreadClock.Available ? rows.Select(r => r.CpuMs).ToList() : [];

    /// <summary>Bytes allocated per query on the query's thread.</summary>
    public List<double> Allocated => rows.Select(r => (double)r.Allocated).ToList();

    public int Collections => rows.Sum(r => r.Gen0);

    public void Report(StringBuilder report)
    {
        var slowest = rows.OrderByDescending(r => r.WallMs).Take(Math.Max(1, rows.Count / 100)).ToList();
        var rest = rows.Except(slowest).ToList();
        report.AppendLine(
            $"The slowest 1 % of the {rows.Count:N0} timed HistorianSearch.Page queries ({slowest.Count}), slowest first: wall and processor time of the query's thread, " +
            "bytes it allocated, garbage collections (generation 0/1/2) that ran during it, and names found.");
        report.AppendLine();
        report.AppendLine("| text | found | wall | processor | allocated | collections |");
        report.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var row in slowest)
            report.AppendLine(
                $"| {row.Text.Replace("|", "\\|", StringComparison.Ordinal)} | {row.Found:N0} | {row.WallMs:F2} ms | {row.CpuMs:F2} ms | {row.Allocated / 1024.0:F1} KB | {row.Gen0}/{row.Gen1}/{row.Gen2} |");
        report.AppendLine();
        report.AppendLine(
            $"Slowest 1 %: mean {slowest.Average(r => r.Found):N0} names found, {slowest.Average(r => r.Allocated) / 1024.0:F1} KB allocated, " +
            $"{slowest.Count(r => r.Gen0 > 0)} with a collection during them. The other 99 %: mean {rest.DefaultIfEmpty(slowest[0]).Average(r => r.Found):N0} found, " +
            $"{rest.DefaultIfEmpty(slowest[0]).Average(r => r.Allocated) / 1024.0:F1} KB allocated, {rest.Count(r => r.Gen0 > 0)} with a collection.");
    }
}
