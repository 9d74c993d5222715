using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Bench.Http;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Data.Naming;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Naming;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Naming;

/// <summary>
/// NameChecker.CheckAsync in process, one at a time, against the full-scale registry (390,000 names,
/// 66,000 proposals) GAZETTEER_DB points at: 2,000 checks of names drawn from the registry itself
/// across its categories (each a duplicate of at least itself, the slow case: conflicts to classify)
/// and as many made-up variants (新 + name). Baseline: a SELECT 1 round trip on the same data source.
/// </summary>
internal sealed class CheckNameBenchmark : IBenchmark
{
    private const int Drawn = 2_000;
    private const int WarmUp = 300;

    public string Name => "checkname";

    public string Description => "NameChecker.CheckAsync per name, in process, on the full-scale registry (target p99 < 20 ms)";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var connectionString = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable)
            ?? throw new InvalidOperationException(
                $"Set {GazetteerDataSource.ConnectionStringVariable} to the registry with the full-scale sample (gazetteer import; gazetteer db connection-string prints it).");
        await using var dataSource = GazetteerDataSource.Create(connectionString);
        var places = await ScalarAsync(dataSource, "SELECT count(*) FROM place", cancellationToken);
        var proposals = await ScalarAsync(dataSource, "SELECT count(*) FROM proposal", cancellationToken);
        if (places < 380_000)
            throw new InvalidOperationException($"The registry holds {places:N0} places; this benchmark needs the full-scale sample (gazetteer import --sample full).");

        var requests = await WorkloadAsync(dataSource, cancellationToken);
        var checker = new NameChecker(dataSource);
        foreach (var request in requests.Take(WarmUp))
            await checker.CheckAsync(request, cancellationToken);
        for (var i = 0; i < WarmUp; i++)
            await ScalarAsync(dataSource, "SELECT 1", cancellationToken);

        var loadBefore = MachineLoad.Now();
        var checks = new List<double>(requests.Count);
        var baseline = new List<double>(requests.Count);
        var violations = 0;
        var conflicts = 0;
        var watch = new Stopwatch();
        var checkCpu = TimeSpan.Zero;
        var process = Process.GetCurrentProcess();
        foreach (var request in requests)
        {
            watch.Restart();
            await ScalarAsync(dataSource, "SELECT 1", cancellationToken);
            baseline.Add(watch.Elapsed.TotalMilliseconds);

            process.Refresh();
            var cpu = process.TotalProcessorTime;
            watch.Restart();
            var answer = await checker.CheckAsync(request, cancellationToken);
            checks.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            checkCpu += process.TotalProcessorTime - cpu;
            if (!answer.Ok) violations++;
            conflicts += answer.Results.Sum(r => r.Conflicts.Count);
        }
        var loadAfter = MachineLoad.Now();

        checks.Sort();
        baseline.Sort();
        var p99 = Percentile(checks, 0.99);
        var report = new StringBuilder();
        report.AppendLine("# checkname");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{Description}. Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores visible, Release build, one check at a time, PostgreSQL on the same machine.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Registry: {places:N0} places, {proposals:N0} proposals. Checks: {checks.Count:N0} ({Drawn:N0} registered names across every category and as many made-up variants), after {WarmUp} warm-up checks.");
        report.AppendLine();
        report.AppendLine("| figure | checkName | baseline: SELECT 1 | ratio |");
        report.AppendLine("|---|---|---|---|");
        foreach (var (label, q) in new[] { ("p50", 0.50), ("p90", 0.90), ("p99", 0.99) })
            report.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {Percentile(checks, q):F2} ms | {Percentile(baseline, q):F2} ms | {Percentile(checks, q) / Percentile(baseline, q):F1}x |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| max | {checks[^1]:F2} ms | {baseline[^1]:F2} ms | |");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"- processor time of this process per check (rules, romanizing, Npgsql; not the server's): {checkCpu.TotalMilliseconds / checks.Count:F2} ms on average");
        report.AppendLine(CultureInfo.InvariantCulture, $"- checks with a violation: {violations:N0}; conflicts reported: {conflicts:N0}");
        report.AppendLine(CultureInfo.InvariantCulture, $"- load average (1/5/15 min) before: {loadBefore}; after: {loadAfter}");
        report.AppendLine(CultureInfo.InvariantCulture, $"- target p99 < 20 ms: {(p99 < 20 ? "met" : "NOT met")}");
        return report.ToString();
    }

    /// <summary>Registered names of every category in proportion, spread over the table by id, each also as a made-up 新 variant.</summary>
    private static async Task<List<NameCheckRequest>> WorkloadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var drawn = new List<NameCheckRequest>();
        await using (var command = dataSource.CreateCommand($"""
            SELECT name, category, division_code FROM place
            WHERE status = 'current' AND division_code IS NOT NULL AND length(name) <= 20
              AND id % (SELECT greatest(count(*) / {Drawn}, 1) FROM place WHERE status = 'current') = 0
            ORDER BY id LIMIT {Drawn}
            """))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var name = reader.GetString(0);
                // Registered names a clerk could not type as a new name (brackets, Latin letters) are left out.
                try { ProposedName.Checked(name); }
                catch (NameCheckInputException) { continue; }
                drawn.Add(new NameCheckRequest(name, reader.GetString(1), DivisionCode.FromFull(reader.GetString(2))));
            }
        }
        var requests = new List<NameCheckRequest>(drawn.Count * 2);
        foreach (var request in drawn)
        {
            requests.Add(request);
            requests.Add(request with { Name = "新" + request.Name });
        }
        return requests;
    }

    private static double Percentile(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
