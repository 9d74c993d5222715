namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// What one load run measured. <see cref="Errors"/> counts answers that were not 2xx or whose
/// GraphQL body held "errors"; <see cref="ServerErrors"/> the 5xx among them and transport
/// failures (timeouts, refused connections): a benchmark that reports a 5xx is a bug report.
/// </summary>
internal sealed record LoadResult(
    string Name,
    int Clients,
    long Requests,
    long Errors,
    long ServerErrors,
    TimeSpan Elapsed,
    double P50Milliseconds,
    double P99Milliseconds,
    double MaxMilliseconds)
{
    /// <summary>Every request sent, the warm-up's included.</summary>
    public long Sent { get; init; }

    /// <summary>Answered requests a second over the measured time.</summary>
    public double Throughput => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"{Name} c={Clients}: {Throughput:F0} req/s, p50 {P50Milliseconds:F2} ms, p99 {P99Milliseconds:F2} ms, {Requests:N0} requests, {Errors} errors ({ServerErrors} 5xx/transport)";
}
