using System.Diagnostics;
using System.Text;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// Closed-loop HTTP load: N clients over one pooled HttpClient (one connection each), each
/// POSTing GraphQL bodies back to back. The body of request i comes from <c>body(i)</c>, so a run
/// can cycle through a list of addresses or prefixes. Every answer is read to the end.
/// </summary>
internal sealed class HttpLoad : IDisposable
{
    private readonly HttpClient client;
    private readonly Uri endpoint;

    /// <param name="endpoint">the GraphQL endpoint, e.g. http://127.0.0.1:5091/graphql</param>
    public HttpLoad(Uri endpoint, int maxClients = 64)
    {
        this.endpoint = endpoint;
        client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxClients,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        })
        { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Runs one plan with a fixed body (the no-op, say).</summary>
    public Task<LoadResult> RunAsync(string name, LoadPlan plan, string body, CancellationToken cancellationToken = default) =>
        RunAsync(name, plan, _ => body, cancellationToken);

    public Task<LoadResult> RunAsync(string name, LoadPlan plan, Func<long, string> body, CancellationToken cancellationToken = default) =>
        RunAsync(name, plan, (i, token) => SendAsync(body(i), token), cancellationToken);

    /// <summary>Runs GETs of the address <c>address(i)</c> (tiles, say); 2xx and 304 count as answered.</summary>
    public Task<LoadResult> RunGetAsync(string name, LoadPlan plan, Func<long, Uri> address, CancellationToken cancellationToken = default) =>
        RunAsync(name, plan, (i, token) => GetAsync(address(i), token), cancellationToken);

    private async Task<LoadResult> RunAsync(
        string name, LoadPlan plan, Func<long, CancellationToken, Task<(bool Ok, bool ServerError)>> send, CancellationToken cancellationToken)
    {
        plan.Validate();
        var warmup = plan.Warmup ?? TimeSpan.Zero;
        var total = warmup + (plan.Duration ?? TimeSpan.FromDays(1));
        long next = -1, answered = 0, errors = 0, serverErrors = 0;
        var clock = Stopwatch.StartNew();
        var measuredFrom = TimeSpan.Zero;
        var latencies = new List<double>[plan.Clients];

        async Task ClientAsync(int index)
        {
            var mine = latencies[index] = new List<double>(4096);
            while (!cancellationToken.IsCancellationRequested)
            {
                var at = clock.Elapsed;
                if (at >= total) return;
                var i = Interlocked.Increment(ref next);
                if (plan.Requests is { } limit && i >= limit) return;
                var started = Stopwatch.GetTimestamp();
                var (ok, serverError) = await send(i, cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (at < warmup) continue;
                mine.Add(elapsed);
                Interlocked.Increment(ref answered);
                if (!ok) Interlocked.Increment(ref errors);
                if (serverError) Interlocked.Increment(ref serverErrors);
            }
        }

        var clients = Enumerable.Range(0, plan.Clients).Select(i => Task.Run(() => ClientAsync(i), cancellationToken)).ToArray();
        if (warmup > TimeSpan.Zero)
        {
            await Task.WhenAny(Task.WhenAll(clients), Task.Delay(warmup, cancellationToken));
            measuredFrom = clock.Elapsed;
        }
        await Task.WhenAll(clients);
        var measured = clock.Elapsed - measuredFrom;

        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(name, plan.Clients, answered, errors, serverErrors, measured,
            Percentile(all, 0.50), Percentile(all, 0.99), all.Length > 0 ? all[^1] : 0)
        {
            Sent = Math.Min(next + 1, plan.Requests ?? long.MaxValue),
        };
    }

    private async Task<(bool Ok, bool ServerError)> SendAsync(string body, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(endpoint, content, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            return (response.IsSuccessStatusCode && !text.Contains("\"errors\":", StringComparison.Ordinal), status >= 500);
        }
        catch (HttpRequestException)
        {
            return (false, true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, true);
        }
    }

    private async Task<(bool Ok, bool ServerError)> GetAsync(Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(address, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var status = (int)response.StatusCode;
            return (response.IsSuccessStatusCode || status == 304, status >= 500);
        }
        catch (HttpRequestException)
        {
            return (false, true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, true);
        }
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>Fails loudly when the endpoint does not answer the no-op (wrong URL, API not up).</summary>
    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        var (ok, _) = await SendAsync(GraphQLRequest.NoOp, cancellationToken);
        if (!ok) throw new InvalidOperationException($"{endpoint} does not answer {GraphQLRequest.NoOpQuery}: is the API running there?");
    }

    public void Dispose() => client.Dispose();
}
