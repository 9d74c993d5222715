using CivilAffairs.Gazetteer.Cli.Cluster;
using CivilAffairs.Gazetteer.Cli.Database;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer db replica-up`: on first use copies the running local database into a streaming
/// replica (pg_basebackup), starts the replica, and prints its connection string as the last line
/// (for GAZETTEER_DB_REPLICA).
/// </summary>
internal sealed class DbReplicaUpCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (DatabaseTarget.FromEnvironment() is { } external)
            throw new CommandFailedException(
                $"GAZETTEER_DB is set ({external.Description}): replicate that server with its own tools and set GAZETTEER_DB_REPLICA; " +
                "replica-up only copies the local database.", ExitCodes.Usage);

        var primary = await LocalCluster.OfRepositoryAsync(cancellationToken);
        if (!(await primary.StatusAsync(cancellationToken)).Running)
            throw new CommandFailedException("The local database is not running: start it with `gazetteer db up` first.", ExitCodes.DatabaseUnavailable);
        var replica = ReplicaLocation.Of(primary);

        var port = 0;
        await AnsiConsole.Status().StartAsync("Preparing the read replica", async status =>
        {
            // A replica left stopped may never catch up: the primary keeps no WAL for it (no replication
            // slot, so a forgotten replica cannot fill the primary's disk). Its data is a copy: take it afresh.
            if (replica.IsInitialized && !(await replica.StatusAsync(cancellationToken)).Running &&
                File.Exists(Path.Combine(replica.DataDirectory, "standby.signal")))
            {
                status.Status($"Removing the stopped replica in {replica.DataDirectory}");
                Directory.Delete(replica.DataDirectory, recursive: true);
                replica = ReplicaLocation.Of(primary);
            }
            if (!replica.IsInitialized)
            {
                status.Status($"Copying the database into {replica.DataDirectory} (pg_basebackup)");
                replica = await primary.CreateReplicaAsync(replica.DataDirectory, replica.Port, cancellationToken);
                AnsiConsole.MarkupLineInterpolated($"Created a streaming replica of 127.0.0.1:{primary.Port} in {replica.DataDirectory}.");
            }
            status.Status($"Starting the replica on 127.0.0.1:{replica.Port}");
            port = await replica.StartAsync(cancellationToken);
        });
        AnsiConsole.MarkupLineInterpolated($"The read replica runs on 127.0.0.1:{port}, following 127.0.0.1:{primary.Port} (stop it with `gazetteer db replica-down`).");
        Console.WriteLine(LocalCluster.ApplicationConnectionString(port));
        return ExitCodes.Success;
    }
}
