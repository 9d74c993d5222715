using CivilAffairs.Gazetteer.Cli.Cluster;
using CivilAffairs.Gazetteer.Cli.Database;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>`gazetteer db connection-string [--admin]`: one line for scripts (run.sh, test.sh).</summary>
internal sealed class DbConnectionStringCommand : AsyncCommand<DbConnectionStringSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DbConnectionStringSettings settings, CancellationToken cancellationToken)
    {
        if (DatabaseTarget.FromEnvironment() is { } external)
        {
            Console.WriteLine(external.ConnectionString);
            return ExitCodes.Success;
        }

        var cluster = await LocalCluster.OfRepositoryAsync(cancellationToken);
        var port = (await cluster.StatusAsync(cancellationToken)).Port ?? cluster.Port;
        Console.WriteLine(settings.Admin ? LocalCluster.AdminConnectionString(port) : LocalCluster.ApplicationConnectionString(port));
        return ExitCodes.Success;
    }
}
