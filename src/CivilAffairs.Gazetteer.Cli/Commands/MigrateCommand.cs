using CivilAffairs.Gazetteer.Cli.Database;
using CivilAffairs.Gazetteer.Data.Database;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>`gazetteer migrate`: applies the schema/sql files the database has not seen yet.</summary>
internal sealed class MigrateCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var target = await DatabaseTarget.ResolveAsync(cancellationToken);
        await using var dataSource = await target.OpenAsync(cancellationToken);

        IReadOnlyList<string> applied = [];
        try
        {
            await AnsiConsole.Status().StartAsync(
                $"Applying migrations to {target.Description}",
                async _ => applied = await new Migrator(dataSource).MigrateAsync(cancellationToken));
        }
        catch (InvalidOperationException e)
        {
            throw new CommandFailedException(e.Message, ExitCodes.Failed, e);
        }

        foreach (var name in applied)
            AnsiConsole.MarkupLineInterpolated($"Applied {name}");
        if (applied.Count == 0)
            AnsiConsole.MarkupLineInterpolated($"The schema of {target.Description} is up to date ({Migrator.All.Count} migration files applied).");
        else
            AnsiConsole.MarkupLineInterpolated($"Applied {applied.Count} of {Migrator.All.Count} migrations to {target.Description}.");
        return ExitCodes.Success;
    }
}
