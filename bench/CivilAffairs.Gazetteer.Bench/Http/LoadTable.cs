using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// Load results as a Markdown table, each row's throughput also as a ratio to the no-op run of
/// the same concurrency in the same session (the figure that survives a noisy machine).
/// </summary>
internal sealed class LoadTable
{
    private readonly List<LoadResult> rows = [];
    private readonly Dictionary<int, LoadResult> noOps = [];

    /// <summary>Adds the no-op (<c>{ __typename }</c>) run a concurrency level's rows are compared with.</summary>
    public LoadTable AddNoOp(LoadResult noOp)
    {
        noOps[noOp.Clients] = noOp;
        rows.Add(noOp);
        return this;
    }

    public LoadTable Add(LoadResult result)
    {
        rows.Add(result);
        return this;
    }

    public IReadOnlyList<LoadResult> Rows => rows;

    /// <summary>Throughput of <paramref name="result"/> over the no-op's at the same concurrency, or null without one.</summary>
    public double? RatioToNoOp(LoadResult result) =>
        noOps.TryGetValue(result.Clients, out var noOp) && noOp.Throughput > 0 ? result.Throughput / noOp.Throughput : null;

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| query | clients | requests | throughput (req/s) | vs. no-op | p50 (ms) | p99 (ms) | max (ms) | errors | 5xx/transport |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            var ratio = RatioToNoOp(r) is { } x ? (x * 100).ToString("F0", CultureInfo.InvariantCulture) + " %" : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Clients} | {r.Requests:N0} | {r.Throughput:N0} | {ratio} | {r.P50Milliseconds:F2} | {r.P99Milliseconds:F2} | {r.MaxMilliseconds:F1} | {r.Errors:N0} | {r.ServerErrors:N0} |");
        }
        return text.ToString();
    }
}
