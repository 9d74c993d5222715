using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Data.Naming;
using CivilAffairs.Gazetteer.Data.Proposals;
using CivilAffairs.Gazetteer.Data.Writes;
using CivilAffairs.Gazetteer.Workflow;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Workflow;

/// <summary>
/// Drives 1,000 naming proposals through the whole workflow (submit, then eight steps to SIGNED,
/// the STANDARD step creating the place), four clerks at a time, through the same ProposalStore
/// the mutations call: every step its own transaction with its event and change_log rows, the
/// name checker run at submission and on entering REVIEW.
/// Baseline in the same run: the bare minimum of a step (lock the row, bump its version, insert
/// an event, in one transaction) for the same number of steps.
/// </summary>
internal sealed class WorkflowBenchmark : IBenchmark
{
    private const int Proposals = 1000;
    private const int Clerks = 4;

    private static readonly (ProposalState To, Role Role)[] Steps =
    [
        (ProposalState.Accepted, Role.Reviewer), (ProposalState.Assessing, Role.Reviewer), (ProposalState.Review, Role.Reviewer),
        (ProposalState.Approved, Role.Approver), (ProposalState.Filed, Role.Reviewer), (ProposalState.Announced, Role.Approver),
        (ProposalState.Standard, Role.Reviewer), (ProposalState.Signed, Role.Collector),
    ];

    private static readonly ProposalReport[] Reports =
    [
        new(ReportKind.Assessment, "基准测试-评估", null), new(ReportKind.ExpertReview, "基准测试-论证", null), new(ReportKind.PublicConsultation, "基准测试-听证", null),
    ];

    public string Name => "workflow";

    public string Description => "1,000 naming proposals driven from submission to SIGNED, 4 at a time (time, failures)";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        Console.WriteLine("Preparing gzt_bench_workflow (migrate, import the real data when missing) ...");
        await using var dataSource = await WorkflowBenchmarkDatabase.PrepareAsync(cancellationToken);
        var villages = await VillagesAsync(dataSource, cancellationToken);
        var store = new ProposalStore(dataSource, new NameChecker(dataSource), TimeProvider.System);
        var run = DateTime.UtcNow.ToString("MMddHHmm", CultureInfo.InvariantCulture);
        var factory = new GeometryFactory(new PrecisionModel(), 4326);

        var submitTimes = new ConcurrentBag<double>();
        var stepTimes = new ConcurrentBag<double>();
        var failures = new ConcurrentDictionary<string, int>();
        var created = new ConcurrentBag<long>();
        var done = 0;
        var total = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Proposals), new ParallelOptions { MaxDegreeOfParallelism = Clerks, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var (code, lon, lat) = villages[i * 7919 % villages.Count];
            var county = code[..6];
            try
            {
                var watch = Stopwatch.StartNew();
                var id = await store.SubmitAsync(new Actor("基准测试采集员", Role.Collector, county), new ProposalSubmission(
                    ProposalKind.Name, Numbered(run, i), "natural_village", code, factory.CreatePoint(new Coordinate(lon + 0.001, lat)),
                    "基准测试（benchmark）：工作流压力测试生成的提案，非正式地名。", null, "基准测试", AsDraft: false), ct);
                submitTimes.Add(watch.Elapsed.TotalMilliseconds);
                var version = 1;
                foreach (var (to, role) in Steps)
                {
                    watch.Restart();
                    var actor = new Actor("基准测试" + role, role, role == Role.Approver ? "14" : county);
                    await store.TransitionAsync(actor, new ProposalStep(id, version++, to, "基准测试", to == ProposalState.Review ? Reports : []), ct);
                    stepTimes.Add(watch.Elapsed.TotalMilliseconds);
                }
                created.Add(id);
            }
            catch (Exception e) when (e is WriteRefusedException or NpgsqlException)
            {
                failures.AddOrUpdate(e.GetType().Name + ": " + e.Message.Split('\n')[0], 1, (_, n) => n + 1);
            }
            if (Interlocked.Increment(ref done) % 100 == 0)
                Console.WriteLine($"  {done:N0} / {Proposals:N0} proposals through the workflow ({total.Elapsed.TotalSeconds:F1} s)");
        });
        total.Stop();

        Console.WriteLine("Baseline: the bare step (lock, bump version, insert event), 1,000 times ...");
        var baseline = await BaselineAsync(dataSource, created.Take(200).ToList(), 1000, cancellationToken);
        var (places, logRows) = await VerifyAsync(dataSource, created.ToList(), cancellationToken);

        var steps = stepTimes.Order().ToList();
        var submits = submitTimes.Order().ToList();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        var report = new StringBuilder();
        report.AppendLine("# workflow");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{Description}. Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores visible, Release build, PostgreSQL on the same machine.");
        report.AppendLine();
        report.AppendLine("| figure | value |");
        report.AppendLine("|---|---|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| proposals | {Proposals:N0}, each submitted and moved through 8 steps (ACCEPTED … STANDARD, SIGNED), {Clerks} at a time |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| completed / failed | {created.Count:N0} / {failures.Values.Sum():N0} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| total wall clock | {total.Elapsed.TotalSeconds:F1} s ({Proposals / total.Elapsed.TotalSeconds:F1} proposals/s, {(steps.Count + submits.Count) / total.Elapsed.TotalSeconds:F0} writes/s) |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| submit: median / p99 | {Percentile(submits, 0.5):F1} ms / {Percentile(submits, 0.99):F1} ms |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| step: median / p99 | {Percentile(steps, 0.5):F1} ms / {Percentile(steps, 0.99):F1} ms |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| baseline bare step (same run, one at a time): median | {baseline:F2} ms |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| workflow step median / bare step median | {Percentile(steps, 0.5) / baseline:F1}x |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| places created at STANDARD (checked in the database) | {places:N0} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| change_log rows written for them (proposal + place) | {logRows:N0} |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| load average while measuring | {load} |");
        if (!failures.IsEmpty)
        {
            report.AppendLine();
            report.AppendLine("Failures:");
            foreach (var (message, count) in failures)
                report.AppendLine(CultureInfo.InvariantCulture, $"- {count} × {message}");
        }
        report.AppendLine();
        report.AppendLine("Run: `GAZETTEER_DB=<admin connection string> dotnet run -c Release --project bench/CivilAffairs.Gazetteer.Bench -- workflow`.");
        return report.ToString();
    }

    /// <summary>A name no earlier run used: 基准 + the run's time + the number, in Chinese numerals, + 沟.</summary>
    private static string Numbered(string run, int i)
    {
        const string digits = "〇一二三四五六七八九";
        return "基准" + string.Concat((run + i.ToString("D4", CultureInfo.InvariantCulture)).Select(d => digits[d - '0'])) + "沟";
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private static async Task<List<(string Code, double Lon, double Lat)>> VillagesAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT code, ST_X(point), ST_Y(point) FROM division WHERE level = 'village' AND valid_to IS NULL AND point IS NOT NULL ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<(string, double, double)>();
        while (await reader.ReadAsync(cancellationToken))
            list.Add((reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2)));
        return list;
    }

    private static async Task<double> BaselineAsync(NpgsqlDataSource dataSource, IReadOnlyList<long> ids, int count, CancellationToken cancellationToken)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count && ids.Count > 0; i++)
        {
            var watch = Stopwatch.StartNew();
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var id = ids[i % ids.Count];
            await using (var update = new NpgsqlCommand("SELECT version FROM proposal WHERE id = $1 FOR UPDATE", connection) { Parameters = { new() { Value = id } } })
                await update.ExecuteScalarAsync(cancellationToken);
            await using (var update = new NpgsqlCommand("UPDATE proposal SET updated_at = now() WHERE id = $1", connection) { Parameters = { new() { Value = id } } })
                await update.ExecuteNonQueryAsync(cancellationToken);
            await using (var insert = new NpgsqlCommand("INSERT INTO proposal_event (proposal_id, actor, from_state, to_state, note) VALUES ($1, '基准测试', 'signed', 'signed', 'baseline')", connection) { Parameters = { new() { Value = id } } })
                await insert.ExecuteNonQueryAsync(cancellationToken);
            // The baseline's rows are not kept: it measures the round trips, not the data.
            await transaction.RollbackAsync(cancellationToken);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times.Count == 0 ? double.NaN : times[times.Count / 2];
    }

    private static async Task<(long Places, long LogRows)> VerifyAsync(NpgsqlDataSource dataSource, IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT (SELECT count(*) FROM proposal p JOIN place pl ON pl.id = p.place_id WHERE p.id = ANY($1) AND p.state = 'signed' AND pl.status = 'current'),
                   (SELECT count(*) FROM change_log WHERE (entity = 'proposal' AND entity_id = ANY($2))
                        OR (entity = 'place' AND entity_id IN (SELECT place_id::text FROM proposal WHERE id = ANY($1))))
            """);
        command.Parameters.AddWithValue(ids.ToArray());
        command.Parameters.AddWithValue(ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
