using CivilAffairs.Gazetteer.Cli.Cluster;
using CivilAffairs.Gazetteer.Cli.Database;
using CivilAffairs.Gazetteer.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>`gazetteer db status`: where the database is and whether it runs (exit code 3 when not).</summary>
internal sealed class DbStatusCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (DatabaseTarget.FromEnvironment() is { } external)
        {
            await using var dataSource = await external.OpenAsync(cancellationToken);
            AnsiConsole.MarkupLineInterpolated($"Running: {external.Description} answers.");
            return ExitCodes.Success;
        }

        var location = await ClusterLocation.ForRepositoryAsync(RepositoryPaths.Root(), cancellationToken);
        var cluster = new LocalCluster(location.DataDirectory, LocalCluster.PortFromEnvironment());
        var status = await cluster.StatusAsync(cancellationToken);

        var table = new Table().HideHeaders().AddColumns("", "");
        table.AddRow("State", !status.Initialized ? "not created" : status.Running ? "running" : "stopped");
        table.AddRow("Data folder", Markup.Escape(cluster.DataDirectory));
        table.AddRow("Port", (status.Port ?? cluster.Port).ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Log", Markup.Escape(cluster.LogFile));
        table.AddRow("Connection", Markup.Escape(LocalCluster.ApplicationConnectionString(status.Port ?? cluster.Port)));
        AnsiConsole.Write(table);
        if (location.Note is not null)
            AnsiConsole.MarkupLineInterpolated($"[yellow]Note:[/] {location.Note}");

        if (status.Running)
            return ExitCodes.Success;
        AnsiConsole.MarkupLine("Start it with [bold]gazetteer db up[/] (or ./run.sh).");
        return ExitCodes.DatabaseUnavailable;
    }
}
