using CivilAffairs.Gazetteer.Cli.Cluster;
using CivilAffairs.Gazetteer.Cli.Database;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>`gazetteer db down`: stops the local cluster; stopping a stopped one is not an error.</summary>
internal sealed class DbDownCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (DatabaseTarget.FromEnvironment() is { } external)
        {
            AnsiConsole.MarkupLineInterpolated($"GAZETTEER_DB is set: {external.Description} is not managed here, so nothing is stopped.");
            return ExitCodes.Success;
        }

        var cluster = await LocalCluster.OfRepositoryAsync(cancellationToken);
        if (!cluster.IsInitialized)
        {
            AnsiConsole.MarkupLineInterpolated($"There is no local database in {cluster.DataDirectory}; nothing to stop.");
            return ExitCodes.Success;
        }

        var stopped = false;
        await AnsiConsole.Status().StartAsync("Stopping PostgreSQL", async _ => stopped = await cluster.StopAsync(cancellationToken));
        if (stopped)
            AnsiConsole.MarkupLineInterpolated($"Stopped the local database ({cluster.DataDirectory}).");
        else
            AnsiConsole.MarkupLineInterpolated($"The local database was not running ({cluster.DataDirectory}).");
        return ExitCodes.Success;
    }
}
