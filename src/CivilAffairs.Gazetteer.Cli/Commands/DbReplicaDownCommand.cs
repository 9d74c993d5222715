using CivilAffairs.Gazetteer.Cli.Cluster;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>`gazetteer db replica-down`: stops the local read replica; stopping a stopped one is not an error.</summary>
internal sealed class DbReplicaDownCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var replica = ReplicaLocation.Of(await LocalCluster.OfRepositoryAsync(cancellationToken));
        var stopped = replica.IsInitialized && await replica.StopAsync(cancellationToken);
        if (stopped)
            AnsiConsole.MarkupLineInterpolated($"Stopped the read replica ({replica.DataDirectory}).");
        else
            AnsiConsole.MarkupLineInterpolated($"The read replica was not running ({replica.DataDirectory}).");
        return ExitCodes.Success;
    }
}
