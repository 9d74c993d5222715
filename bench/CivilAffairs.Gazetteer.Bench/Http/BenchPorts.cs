using System.Globalization;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>The port an API started by a benchmark listens on: GAZETTEER_BENCH_PORT, else 5099.</summary>
internal static class BenchPorts
{
    public const string Variable = "GAZETTEER_BENCH_PORT";

    public static int Api() =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : 5099;
}
