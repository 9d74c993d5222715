using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Bench.FullData;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// The harness on its own: the no-op <c>{ __typename }</c> over HTTP at 1 and 32 clients, against
/// the API at the URL given as argument, else against an API it starts itself over the local database.
/// The smallest example of using <see cref="ApiServer"/>, <see cref="HttpLoad"/> and <see cref="LoadTable"/>.
/// </summary>
internal sealed class HttpNoOpBenchmark : IBenchmark
{
    public string Name => "http-noop";

    public string Description => "{ __typename } over HTTP at 1 and 32 clients (args: [URL of a running API])";

    public async Task<string> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var api = context.Arguments.Count > 0
            ? ApiServer.At(new Uri(context.Arguments[0]))
            : await ApiServer.StartAsync(context.RepositoryRoot, FullDataDatabase.ConnectionString(), BenchPorts.Api(),
                Path.Combine(context.RepositoryRoot, ".local", "bench-api.log"), cancellationToken: cancellationToken);
        using var load = new HttpLoad(api.GraphQL);
        await load.CheckAsync(cancellationToken);
        var table = new LoadTable();
        foreach (var clients in new[] { 1, 32 })
        {
            var result = await load.RunAsync("{ __typename }", LoadPlan.For(clients, TimeSpan.FromSeconds(10)), GraphQLRequest.NoOp, cancellationToken);
            Console.Error.WriteLine(result);
            table.AddNoOp(result);
        }
        var report = new StringBuilder();
        report.AppendLine("# http-noop");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (load generator and API on the same machine), load average {MachineLoad.Now()}.");
        report.AppendLine();
        report.Append(table.ToMarkdown());
        return report.ToString();
    }
}
