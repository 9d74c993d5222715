using CivilAffairs.Gazetteer.Cli.Cluster;
using CivilAffairs.Gazetteer.Cli.Database;
using CivilAffairs.Gazetteer.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer db up`: creates the local cluster on first use, starts it, creates the
/// application database with its extensions, and prints the connection string as the last line.
/// </summary>
internal sealed class DbUpCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (DatabaseTarget.FromEnvironment() is { } external)
        {
            await using var dataSource = await external.OpenAsync(cancellationToken);
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
                await ApplicationDatabase.CreateExtensionsAsync(connection, cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Using {external.Description}: no local database is started. postgis and pg_trgm are installed there.");
            return ExitCodes.Success;
        }

        var location = await ClusterLocation.ForRepositoryAsync(RepositoryPaths.Root(), cancellationToken);
        if (location.Note is not null)
            AnsiConsole.MarkupLineInterpolated($"[yellow]Note:[/] {location.Note}");
        var cluster = new LocalCluster(location.DataDirectory, LocalCluster.PortFromEnvironment());

        var port = 0;
        await AnsiConsole.Status().StartAsync("Preparing the local database", async status =>
        {
            if (!cluster.IsInitialized)
            {
                status.Status($"Creating the database cluster in {cluster.DataDirectory}");
                await cluster.InitializeAsync(cancellationToken);
                AnsiConsole.MarkupLineInterpolated($"Created the database cluster in {cluster.DataDirectory}.");
            }
            status.Status($"Starting PostgreSQL on 127.0.0.1:{cluster.Port}");
            port = await cluster.StartAsync(cancellationToken);
            status.Status($"Creating the {LocalCluster.DatabaseName} database with postgis and pg_trgm");
            await ApplicationDatabase.EnsureAsync(port, cancellationToken);
        });

        if (port != cluster.Port)
            AnsiConsole.MarkupLineInterpolated(
                $"[yellow]Note:[/] the database was already running on port {port}, not {cluster.Port}; run `gazetteer db down` and `gazetteer db up` to move it.");
        AnsiConsole.MarkupLineInterpolated($"PostgreSQL + PostGIS runs on 127.0.0.1:{port} (data and log in {cluster.DataDirectory}).");
        // Plain, unwrapped: scripts take the last line.
        Console.WriteLine(LocalCluster.ApplicationConnectionString(port));
        return ExitCodes.Success;
    }
}
