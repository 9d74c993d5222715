using System.Diagnostics;

namespace CivilAffairs.Gazetteer.Bench;

/// <summary>Wall-clock timings of in-process queries, one at a time, and their percentiles.</summary>
internal static class InProcessTimings
{
    /// <summary>Runs the first 200 inputs once to warm up, then times every input; found counts the runs that answered something.</summary>
    public static List<double> Measure<T>(IReadOnlyList<T> inputs, Func<T, int> run, out int found)
    {
        foreach (var input in inputs.Take(200)) run(input);
        var times = new List<double>(inputs.Count);
        found = 0;
        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            if (run(input) > 0) found++;
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    /// <summary>The nearest-rank percentile (50, 99, ...) of the values, in their unit.</summary>
    public static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
