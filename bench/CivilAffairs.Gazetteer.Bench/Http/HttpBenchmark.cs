using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Bench.FullData;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// `http`: geocode, autocomplete, search and reverse geocode over HTTP at 1 and 32 clients on the full
/// data, each beside the no-op <c>{ __typename }</c> of the same concurrency in the same session.
/// Starts the API itself (port GAZETTEER_BENCH_PORT, default 5099) and waits for its index, or uses
/// the API at a URL given as argument. Args: [URL] [seconds per run, default 10].
/// </summary>
internal sealed class HttpBenchmark : IBenchmark
{
    public string Name => "http";

    public string Description => "geocode, autocomplete, search, reverse over HTTP at 1 and 32 clients vs the { __typename } no-op (full data)";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Arguments.Select(a => int.TryParse(a, CultureInfo.InvariantCulture, out var s) ? s : 0).FirstOrDefault(s => s > 0, 10);
        await using var dataSource = await FullDataDatabase.EnsureAsync(cancellationToken);
        var queries = await HttpQueries.LoadAsync(dataSource, cancellationToken);
        var loadAtStart = MachineLoad.Now();
        await using var api = await HttpQueries.StartApiAsync(context, cancellationToken);
        using var load = new HttpLoad(api.GraphQL);
        await load.CheckAsync(cancellationToken);

        var table = new LoadTable();
        foreach (var clients in new[] { 1, 32 })
        {
            var plan = LoadPlan.For(clients, TimeSpan.FromSeconds(seconds));
            table.AddNoOp(Report(await load.RunAsync("{ __typename } (no-op)", plan, GraphQLRequest.NoOp, cancellationToken)));
            table.Add(Report(await load.RunAsync("geocode", plan, HttpQueries.Cycle(queries.GeocodeBodies), cancellationToken)));
            table.Add(Report(await load.RunAsync("autocomplete", plan, HttpQueries.Cycle(queries.AutocompleteBodies), cancellationToken)));
            table.Add(Report(await load.RunAsync("search", plan, HttpQueries.Cycle(queries.SearchBodies), cancellationToken)));
            table.Add(Report(await load.RunAsync("reverseGeocode", plan, HttpQueries.Cycle(queries.ReverseBodies), cancellationToken)));
        }

        var geocode32 = table.Rows.Single(r => r is { Name: "geocode", Clients: 32 });
        var ratio = table.RatioToNoOp(geocode32) ?? 0;
        var text = new StringBuilder();
        text.AppendLine("# http — the API over HTTP on the full data");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores shared with other work: load average {loadAtStart} at the start, {MachineLoad.Now()} at the end. The load generator (this process) and the API run on the same two cores, so absolute figures are low and noisy; the ratio to the no-op of the same concurrency is the figure to read.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Each run: {seconds} s measured after 1 s of warm-up; every client sends its next request when the answer is read. Bodies cycle through {queries.GeocodeBodies.Length} labelled addresses, 2,000 prefixes (1-2 hanzi, 2-5 pinyin letters, 2-3 initials), 2,000 search texts (2-3 hanzi, pinyin, initials) and 2,000 registry points.");
        text.AppendLine();
        text.Append(table.ToMarkdown());
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Target: geocode at least 40 % of the no-op throughput — at 32 clients **{ratio:P0}** ({(ratio >= 0.4 ? "met" : "NOT met")}); at 1 client {table.RatioToNoOp(table.Rows.Single(r => r is { Name: "geocode", Clients: 1 })):P0}.");
        text.AppendLine();
        text.AppendLine("Run: `GAZETTEER_DB_PORT=... dotnet run -c Release --project bench/CivilAffairs.Gazetteer.Bench -- http [URL] [seconds]` (loads the full data into the local `gazetteer` database when it is not there; builds the API when it is not built).");
        return text.ToString();
    }

    private static LoadResult Report(LoadResult result)
    {
        Console.Error.WriteLine("  " + result);
        return result;
    }
}
