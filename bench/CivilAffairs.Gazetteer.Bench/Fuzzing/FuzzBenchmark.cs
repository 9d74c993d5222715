using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace CivilAffairs.Gazetteer.Bench.Fuzzing;

/// <summary>
/// Sends generated hostile requests (<see cref="HostileRequests"/>) to a running API and counts the
/// answers by status: every one must be an answer the client can act on (2xx/4xx), none a 5xx or a
/// hang, and the service must be healthy afterwards. Arguments: [--url http://127.0.0.1:PORT]
/// [--requests N] [--seed N] [--concurrency N]. Start the API first (bench/load/fuzz.sh does).
/// </summary>
internal sealed class FuzzBenchmark : IBenchmark
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    public string Name => "fuzz";

    public string Description => "hostile and malformed requests against a running API: zero 5xx, no hang, healthy afterwards";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var url = Argument(context, "--url") ?? $"http://127.0.0.1:{Environment.GetEnvironmentVariable("GAZETTEER_PORT") ?? "5080"}";
        var total = int.Parse(Argument(context, "--requests") ?? "100000", CultureInfo.InvariantCulture);
        var seed = int.Parse(Argument(context, "--seed") ?? "9", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Argument(context, "--concurrency") ?? "16", CultureInfo.InvariantCulture);
        var loadBefore = File.ReadAllText("/proc/loadavg").Trim();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(url), Timeout = Hang };
        var baseline = await ProbeAsync(http, cancellationToken);
        if (!baseline.Healthy)
            throw new InvalidOperationException($"The API at {url} is not healthy before the run ({baseline.Detail}): start it first.");

        var generator = new HostileRequests(seed);
        var queue = new BlockingCollection<FuzzRequest>(boundedCapacity: concurrency * 4);
        var counts = new ConcurrentDictionary<(string Kind, string Class), int>();
        var failures = new ConcurrentQueue<string>();
        var slowest = TimeSpan.Zero;
        var sent = 0;
        // About twenty progress lines a run: every 5,000 of 100,000, every 100 of 2,000.
        var progressEvery = Math.Clamp(total / 20, 100, 10_000);
        var clock = Stopwatch.StartNew();
        var producer = Task.Run(() =>
        {
            for (var i = 0; i < total; i++)
                queue.Add(generator.Next(), cancellationToken);
            queue.CompleteAdding();
        }, cancellationToken);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            foreach (var request in queue.GetConsumingEnumerable(cancellationToken))
            {
                var started = Stopwatch.GetTimestamp();
                var outcome = await SendAsync(http, request, cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started);
                lock (failures)
                    if (elapsed > slowest) slowest = elapsed;
                counts.AddOrUpdate((request.Kind, outcome.Class), 1, (_, n) => n + 1);
                if (outcome.Class is "5xx" or "hang" or "broken" && failures.Count < 50)
                    failures.Enqueue($"{outcome.Class} {outcome.Detail}: {request.Describe()}");
                var done = Interlocked.Increment(ref sent);
                if (done % progressEvery == 0)
                    Console.WriteLine($"fuzz: {done:N0}/{total:N0} requests, {clock.Elapsed.TotalSeconds:0} s");
            }
        }, cancellationToken)).ToList();
        await producer;
        await Task.WhenAll(workers);
        clock.Stop();
        var after = await ProbeAsync(http, cancellationToken);

        return Report(url, total, seed, concurrency, loadBefore, clock.Elapsed, slowest, counts, failures, baseline, after);
    }

    private static async Task<(string Class, string Detail)> SendAsync(HttpClient http, FuzzRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(request.Method, request.PathAndQuery);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }
        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var code = (int)response.StatusCode;
            var kind = code >= 500 ? "5xx" : code >= 400 ? "4xx" : "2xx";
            if (code < 500 && body.Contains("\"INTERNAL\"", StringComparison.Ordinal))
                kind = "internal";
            return (kind, $"{code} {Snippet(body)}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ("hang", $"no answer within {Hang.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return ("broken", e.Message);
        }
    }

    private static async Task<(bool Healthy, string Detail)> ProbeAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var health = await http.GetAsync("/healthz", cancellationToken);
            using var search = await http.PostAsync("/graphql", new StringContent("{\"query\":\"{ search(text: \\\"洪洞\\\", first: 1) { totalCount edges { node { name } } } }\"}", Encoding.UTF8, "application/json"), cancellationToken);
            var body = await search.Content.ReadAsStringAsync(cancellationToken);
            var healthy = health.StatusCode == HttpStatusCode.OK && search.StatusCode == HttpStatusCode.OK && body.Contains("洪洞", StringComparison.Ordinal) && !body.Contains("\"errors\"", StringComparison.Ordinal);
            return (healthy, $"/healthz {(int)health.StatusCode}, search {(int)search.StatusCode} {Snippet(body)}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (false, e.Message);
        }
    }

    private static string Report(
        string url, int total, int seed, int concurrency, string loadBefore, TimeSpan elapsed, TimeSpan slowest,
        ConcurrentDictionary<(string Kind, string Class), int> counts, ConcurrentQueue<string> failures,
        (bool Healthy, string Detail) before, (bool Healthy, string Detail) after)
    {
        string[] classes = ["2xx", "4xx", "5xx", "internal", "hang", "broken"];
        var kinds = counts.Keys.Select(k => k.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        int Count(string kind, string @class) => counts.TryGetValue((kind, @class), out var n) ? n : 0;
        int Sum(string @class) => kinds.Sum(k => Count(k, @class));
        var report = new StringBuilder();
        report.AppendLine("# Fuzz: hostile and malformed requests");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"`bench/load/fuzz.sh` (`dotnet run -c Release --project bench/CivilAffairs.Gazetteer.Bench -- fuzz --url {url} --requests {total} --seed {seed} --concurrency {concurrency}`), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        report.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores; load average before: {loadBefore}; after: {File.ReadAllText("/proc/loadavg").Trim()}.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{total:N0} requests in {elapsed.TotalSeconds:0} s ({total / elapsed.TotalSeconds:0} requests/s), slowest answer {slowest.TotalMilliseconds:0} ms.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"- **5xx: {Sum("5xx")}**, hangs (no answer within {Hang.TotalSeconds:0} s): {Sum("hang")}, broken connections: {Sum("broken")}, INTERNAL errors in a 2xx/4xx answer: {Sum("internal")}");
        report.AppendLine(CultureInfo.InvariantCulture, $"- healthy before: {before.Healthy}; healthy after (/healthz 200 and a search answering): **{after.Healthy}** ({after.Detail})");
        report.AppendLine();
        report.AppendLine("| kind | " + string.Join(" | ", classes) + " |");
        report.AppendLine("|---|" + string.Concat(classes.Select(_ => "---:|")));
        foreach (var kind in kinds)
            report.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {string.Join(" | ", classes.Select(c => Count(kind, c)))} |");
        report.AppendLine();
        report.AppendLine("Kinds: syntax (damaged documents), variables (wrong types, injection, deep JSON, 1,500-item lists), huge (to 2 MB), deep (to 400 levels, many heavy fields),");
        report.AppendLine("unicode (unpaired surrogates, NUL, RTL, combining marks, Extension B, 100,000 characters), coordinates (out of range, 1e400, NaN, wrong types, bad bboxes),");
        report.AppendLine("injection (SQL, Lucene syntax, LIKE wildcards, template strings), cursor-code (forged cursors, odd codes, oversize batches), http (bodies that are not");
        report.AppendLine("GraphQL requests, wrong content types and methods, odd paths), get (queries and mutations over GET, broken parameters), utf8 (invalid byte sequences),");
        report.AppendLine("aliases (100 to 3,000 aliased fields). A 4xx or a 200 with a BAD_USER_INPUT / LIMIT_EXCEEDED error is the expected answer.");
        if (!failures.IsEmpty)
        {
            report.AppendLine();
            report.AppendLine("## Failures (first 50)");
            report.AppendLine();
            foreach (var failure in failures)
                report.AppendLine("- `" + failure.Replace("`", "'", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "`");
        }
        return report.ToString();
    }

    private static string Snippet(string text) => text.Length <= 200 ? text : text[..200] + "...";

    private static string? Argument(BenchContext context, string name)
    {
        var index = context.Arguments.ToList().IndexOf(name);
        return index >= 0 && index + 1 < context.Arguments.Count ? context.Arguments[index + 1] : null;
    }
}
