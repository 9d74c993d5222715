using CivilAffairs.Gazetteer.Cli.Database;
using CivilAffairs.Gazetteer.Data.History;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer export-lpf -o FILE`: the historical names in Linked Places Format for World Historical
/// Gazetteer, streamed from the registry with a running count.
/// </summary>
internal sealed class ExportLpfCommand : AsyncCommand<ExportLpfSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportLpfSettings settings, CancellationToken cancellationToken)
    {
        var target = await DatabaseTarget.ResolveAsync(cancellationToken);
        await using var dataSource = await target.OpenAsync(cancellationToken);
        FileStream output;
        try
        {
            output = File.Create(settings.Output!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"Cannot write {settings.Output}: {e.Message}", ExitCodes.Failed, e);
        }
        await using var outputOwned = output;
        var count = 0;
        try
        {
            await AnsiConsole.Status().StartAsync("Exporting historical names", async status =>
            {
                var progress = new Progress<int>(n => status.Status($"Exporting historical names: {n:N0} written"));
                count = await new LinkedPlacesExport(dataSource, settings.BaseUri).WriteAsync(output, progress, cancellationToken);
            });
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw new CommandFailedException($"{target.Description} has no historical-name tables yet ({e.MessageText}): run `gazetteer migrate` first.", ExitCodes.Failed, e);
        }
        AnsiConsole.MarkupLine($"{count:N0} historical names written to {Markup.Escape(settings.Output!)} (Linked Places Format 1.2, GeoJSON-LD).");
        return ExitCodes.Success;
    }
}
