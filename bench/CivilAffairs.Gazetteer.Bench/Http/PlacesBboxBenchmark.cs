using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Bench.FullData;
using CivilAffairs.Gazetteer.Data.Database;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// places with a bbox filter and 100 results per request at 32 concurrent clients, as a ratio to
/// the no-op <c>{ __typename }</c> measured in the same run (issue 5's target: at least 25%).
/// The boxes (0.2° square) cycle over a grid across Shanxi, so no two neighbouring requests ask
/// for the same page.
/// </summary>
internal sealed class PlacesBboxBenchmark : IBenchmark
{
    private const string Query = """
        query($bbox: [Float!]) {
          places(filter: { bbox: $bbox }, first: 100) { edges { node { id name category lon lat } } }
        }
        """;

    public string Name => "places-bbox";

    public string Description => "places(filter: { bbox }, first: 100) at 32 clients against { __typename } (args: [URL of a running API])";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var api = context.Arguments.Count > 0
            ? ApiServer.At(new Uri(context.Arguments[0]))
            // The benchmarks' shared index, and only once it is built: a build running beside the load
            // took most of the two cores.
            : await HttpQueries.StartApiAsync(context, cancellationToken);
        using var load = new HttpLoad(api.GraphQL);
        await load.CheckAsync(cancellationToken);

        // Boxes around the populated south and centre of the province, row by row.
        var boxes = new List<string>();
        for (var lat = 34.8; lat < 38.4; lat += 0.2)
            for (var lon = 110.4; lon < 113.8; lon += 0.2)
                boxes.Add(GraphQLRequest.Body(Query, new { bbox = new[] { Math.Round(lon, 2), Math.Round(lat, 2), Math.Round(lon + 0.2, 2), Math.Round(lat + 0.2, 2) } }));

        var plan = LoadPlan.For(32, TimeSpan.FromSeconds(15));
        var table = new LoadTable();
        await using var database = GazetteerDataSource.Create(FullDataDatabase.ConnectionString());
        async Task<(LoadResult Result, ProcessorCost Cost)> RunAsync(string name, Func<long, string> body)
        {
            var before = await ProcessorUse.NowAsync(api.ProcessId, database, cancellationToken);
            var result = await load.RunAsync(name, plan, body, cancellationToken);
            var cost = ProcessorUse.PerRequest(before, await ProcessorUse.NowAsync(api.ProcessId, database, cancellationToken), result.Sent);
            Console.Error.WriteLine(result);
            return (result, cost);
        }
        var (noOp, noOpCost) = await RunAsync("{ __typename }", _ => GraphQLRequest.NoOp);
        table.AddNoOp(noOp);
        var (places, placesCost) = await RunAsync("places bbox, first 100", i => boxes[(int)(i % boxes.Count)]);
        table.Add(places);
        // The same page without the box: the registry's first places in id order, PostgreSQL's
        // cheapest page (101 rows off the primary key). What the bbox row costs beyond it is the box.
        var unfiltered = GraphQLRequest.Body("{ places(first: 100) { edges { node { id name category lon lat } } } }");
        var (plain, plainCost) = await RunAsync("places, first 100, no filter", _ => unfiltered);
        table.Add(plain);

        var ratio = table.RatioToNoOp(places);
        var report = new StringBuilder();
        report.AppendLine("# places-bbox");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (load generator and API on the same machine, shared with other work), load average {MachineLoad.Now()}.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"`places(filter: {{ bbox }}, first: 100)` over {boxes.Count} boxes of 0.2° across Shanxi, 32 clients for 15 s each after 1 s warm-up, against `{{ __typename }}` in the same run.");
        report.AppendLine();
        report.Append(table.ToMarkdown());
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"Ratio to the no-op: **{(ratio is { } r ? r.ToString("P0", CultureInfo.InvariantCulture) : "n/a")}** (target: at least 25%).");
        report.AppendLine();
        report.AppendLine("Processor time per request (ms), over each run's requests, warm-up included; it moves far less than throughput when other work shares the machine:");
        report.AppendLine();
        report.AppendLine("| query | API | PostgreSQL | load generator | total |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (name, cost) in new[] { (noOp.Name, noOpCost), (places.Name, placesCost), (plain.Name, plainCost) })
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {ProcessorCost.Format(cost.ApiMilliseconds)} | {ProcessorCost.Format(cost.DatabaseMilliseconds)} | {ProcessorCost.Format(cost.LoadGeneratorMilliseconds)} | {ProcessorCost.Format(cost.TotalMilliseconds)} |");
        return report.ToString();
    }
}
