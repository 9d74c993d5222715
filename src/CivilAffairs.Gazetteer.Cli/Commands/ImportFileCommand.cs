using CivilAffairs.Gazetteer.Cli.Database;
using CivilAffairs.Gazetteer.Data.Import.Files;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// <c>gazetteer import-file PATH [--format csv|geojson] [--skip-invalid] [--rejects FILE] [--actor NAME] [--collected]</c>:
/// imports the department's place file into the database <see cref="DatabaseTarget"/> resolves.
/// Every problem is printed with its line; when the file is refused the command fails with
/// <see cref="ExitCodes.Failed"/>. Usage mistakes are caught by <see cref="ImportFileSettings.Validate"/>.
/// </summary>
internal sealed class ImportFileCommand : AsyncCommand<ImportFileSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ImportFileSettings settings, CancellationToken cancellationToken)
    {
        var options = new PlaceFileImportOptions(
            string.IsNullOrWhiteSpace(settings.Actor) ? Environment.UserName : settings.Actor,
            settings.Format is null ? null : Enum.Parse<PlaceFileFormat>(settings.Format, ignoreCase: true),
            settings.SkipInvalid,
            settings.Rejects,
            settings.Collected ? "collected" : "official");

        var target = await DatabaseTarget.ResolveAsync(cancellationToken);
        await using var dataSource = await target.OpenAsync(cancellationToken);
        var result = await ImportAsync(dataSource, target, settings.Path, options, cancellationToken);

        Report(settings, result);
        if (result.Imported == 0 && result.Errors.Any())
        {
            var advice = settings.SkipInvalid ? "" : ", or pass --skip-invalid to import the good records";
            throw new CommandFailedException(
                $"Nothing imported: {result.Errors.Count()} problem(s) in {result.Rejected} record(s) of {settings.Path}. Correct them and import again{advice}.");
        }
        return ExitCodes.Success;
    }

    private static async Task<PlaceFileImportResult> ImportAsync(
        NpgsqlDataSource dataSource, DatabaseTarget target, string path, PlaceFileImportOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await AnsiConsole.Progress().AutoClear(true).StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(Path.GetFileName(path)));
                var reporter = new Progress<PlaceFileProgress>(p =>
                {
                    task.Description = $"{Markup.Escape(Path.GetFileName(path))}: {p.Stage}";
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                var imported = await new PlaceFileImporter(dataSource).ImportAsync(path, options, reporter, cancellationToken);
                task.Value = task.MaxValue;
                return imported;
            });
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn)
        {
            throw new CommandFailedException(
                $"{target.Description} has not got the registry's schema ({e.MessageText}); nothing was imported: run `gazetteer migrate` first.", ExitCodes.Failed, e);
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new CommandFailedException(
                $"Lost the connection to {target.Description} ({e.Message}); nothing was imported. Check that the database runs, then import again.", ExitCodes.DatabaseUnavailable, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The paths are the user's: the file vanished, is not readable, or the rejects file cannot be written.
            throw new CommandFailedException($"{e.Message} Nothing was imported.", ExitCodes.Usage, e);
        }
    }

    private static void Report(ImportFileSettings settings, PlaceFileImportResult result)
    {
        foreach (var issue in result.Issues)
        {
            var where = issue.Location?.ToString() ?? "file";
            if (issue.IsError)
                AnsiConsole.MarkupLineInterpolated($"[red]{where}:[/] {issue.Message}");
            else
                AnsiConsole.MarkupLineInterpolated($"[yellow]{where}: warning:[/] {issue.Message}");
        }
        if (result.Imported > 0 || !result.Errors.Any())
            AnsiConsole.MarkupLineInterpolated($"[green]Imported {result.Imported} of {result.Records} places from {settings.Path}.[/]");
        if (result.RejectsPath is not null)
            AnsiConsole.MarkupLineInterpolated($"[yellow]{result.Rejected} rejected record(s) written to {result.RejectsPath}.[/]");
    }
}
