using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Bench.FullData;
using CivilAffairs.Gazetteer.Bench.Http;

namespace CivilAffairs.Gazetteer.Bench.Maps;

/// <summary>
/// Vector tiles per second at 32 clients for a zoom 8 to 14 mix over the whole province, as a ratio
/// to the no-op <c>{ __typename }</c> of the same run (target at least 25 %); and the change feed's
/// throughput, changes per second read through <c>changes(first: 1000)</c>.
/// </summary>
internal sealed class TilesBenchmark : IBenchmark
{
    private const int Clients = 32;
    private const int FeedChanges = 100_000;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);

    public string Name => "tiles";

    public string Description => "tiles/s at 32 clients, zoom 8-14 over Shanxi, vs. the no-op; change-feed throughput over 100,000 generated changes in a scratch database";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var tiles = TileMix.Over(count: 20_000, seed: 8);
        var table = new LoadTable();
        LoadResult tileRun;
        await using (var api = await StartAsync(context, FullDataDatabase.ConnectionString(), cancellationToken))
        {
            using var load = new HttpLoad(api.GraphQL);
            await load.CheckAsync(cancellationToken);
            var noOp = await load.RunAsync("{ __typename }", LoadPlan.For(Clients, Duration), GraphQLRequest.NoOp, cancellationToken);
            Console.Error.WriteLine(noOp);
            table.AddNoOp(noOp);
            tileRun = await load.RunGetAsync("tile z8-14 (20,000 addresses in turn)", LoadPlan.For(Clients, Duration),
                i => new Uri(api.BaseAddress, tiles[(int)(i % tiles.Count)]), cancellationToken);
            Console.Error.WriteLine(tileRun);
            table.Add(tileRun);
        }

        string feed;
        await using (var scratch = await FeedBenchmarkDatabase.CreateAsync(FullDataDatabase.ConnectionString(), FeedChanges, cancellationToken))
        await using (var api = await StartAsync(context, scratch.ConnectionString, cancellationToken))
            feed = await ChangeFeedThroughput.MeasureAsync(api.GraphQL, cancellationToken);

        var report = new StringBuilder();
        report.AppendLine("# tiles");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (load generator, API and PostGIS on the same machine), load average {MachineLoad.Now()}.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Tiles: {tiles.Count:N0} addresses, zooms 8 to 14 in turn, at points drawn uniformly (seed 8) over the box around Shanxi; {Clients} clients for {Duration.TotalSeconds:0} s after a 1 s warm-up. " +
            $"Tiles up to zoom 10 are kept in memory once built (keyed by the data version); deeper tiles are cut by PostGIS from the tile-ready tables " +
            $"(migration 060) on every request, one statement each; tiles outside the province are answered empty from the in-memory coverage grid.");
        report.AppendLine();
        report.Append(table.ToMarkdown());
        report.AppendLine();
        var ratio = table.RatioToNoOp(tileRun) ?? 0;
        report.AppendLine(CultureInfo.InvariantCulture, $"Tiles at {Clients} clients: {ratio * 100:F0} % of the no-op's throughput (target at least 25 %).");
        report.AppendLine();
        report.AppendLine(feed);
        return report.ToString();
    }

    private static Task<ApiServer> StartAsync(BenchContext context, string connectionString, CancellationToken cancellationToken) =>
        ApiServer.StartAsync(context.RepositoryRoot, connectionString, BenchPorts.Api(),
            Path.Combine(context.RepositoryRoot, ".local", "bench-api.log"), cancellationToken: cancellationToken);
}
