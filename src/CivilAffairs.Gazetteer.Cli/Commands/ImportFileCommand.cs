using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Data.Import.Files;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// <c>gazetteer import-file PATH [--format csv|geojson] [--skip-invalid] [--rejects FILE] [--actor NAME]</c>:
/// imports the department's place file. Exit codes: 0 imported, 1 the file was rejected
/// (nothing imported), 2 usage, 3 the database could not be reached or refused the import.
/// </summary>
internal sealed class ImportFileCommand : AsyncCommand<ImportFileSettings>
{
    public const int Imported = 0;
    public const int Rejected = 1;
    public const int Usage = 2;
    public const int DatabaseUnavailable = 3;

    public override async Task<int> ExecuteAsync(CommandContext context, ImportFileSettings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        if (UsageProblem(settings) is { } usage)
        {
            console.MarkupLineInterpolated($"[red]{usage}[/]");
            return Usage;
        }
        var connectionString = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            console.MarkupLineInterpolated($"[red]{GazetteerDataSource.ConnectionStringVariable} is not set: point it at the registry's PostGIS (./run.sh sets it), e.g. Host=127.0.0.1;Port=5433;Username=postgres;Database=gazetteer.[/]");
            return Usage;
        }

        var options = new PlaceFileImportOptions(
            string.IsNullOrWhiteSpace(settings.Actor) ? Environment.UserName : settings.Actor,
            settings.Format is null ? null : Enum.Parse<PlaceFileFormat>(settings.Format, ignoreCase: true),
            settings.SkipInvalid,
            settings.Rejects,
            settings.Collected ? "collected" : "official");

        PlaceFileImportResult result;
        try
        {
            await using var dataSource = GazetteerDataSource.Create(connectionString);
            result = await console.Progress().AutoClear(false).StartAsync(async progress =>
            {
                var task = progress.AddTask(Path.GetFileName(settings.Path));
                var reporter = new Progress<PlaceFileProgress>(p =>
                {
                    task.Description = $"{Markup.Escape(Path.GetFileName(settings.Path))}: {p.Stage}";
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                var imported = await new PlaceFileImporter(dataSource).ImportAsync(settings.Path, options, reporter, cancellationToken);
                task.Value = task.MaxValue;
                return imported;
            });
        }
        catch (PostgresException error)
        {
            console.MarkupLineInterpolated($"[red]The database refused the import, nothing was imported: {error.MessageText}. Is the schema migrated (gazetteer migrate)?[/]");
            return DatabaseUnavailable;
        }
        catch (Exception error) when (error is NpgsqlException or System.Net.Sockets.SocketException)
        {
            console.MarkupLineInterpolated($"[red]Cannot reach the database ({error.Message}). Is it running? ./run.sh starts it; check {GazetteerDataSource.ConnectionStringVariable}.[/]");
            return DatabaseUnavailable;
        }
        catch (IOException error)
        {
            console.MarkupLineInterpolated($"[red]{error.Message}[/]");
            return Usage;
        }

        Report(console, settings, result);
        return result.Imported > 0 || !result.Errors.Any() ? Imported : Rejected;
    }

    private static string? UsageProblem(ImportFileSettings settings)
    {
        if (settings.Format is not null && !Enum.TryParse<PlaceFileFormat>(settings.Format, ignoreCase: true, out _))
            return $"--format must be csv or geojson, not '{settings.Format}'.";
        if (!File.Exists(settings.Path))
            return $"No file at '{settings.Path}'.";
        if (settings.Format is null && PlaceFileImporter.FormatOf(settings.Path) is null)
            return $"Cannot tell the format of '{Path.GetFileName(settings.Path)}' from its extension: name it .csv or .geojson, or pass --format csv|geojson.";
        if (settings.Rejects is not null && !settings.SkipInvalid)
            return "--rejects only applies with --skip-invalid.";
        return null;
    }

    private static void Report(IAnsiConsole console, ImportFileSettings settings, PlaceFileImportResult result)
    {
        foreach (var issue in result.Issues)
        {
            var where = issue.Location?.ToString() ?? "file";
            if (issue.IsError)
                console.MarkupLineInterpolated($"[red]{where}:[/] {issue.Message}");
            else
                console.MarkupLineInterpolated($"[yellow]{where}: warning:[/] {issue.Message}");
        }

        if (result.Imported > 0 || !result.Errors.Any())
            console.MarkupLineInterpolated($"[green]Imported {result.Imported} of {result.Records} places from {settings.Path}.[/]");
        else
        {
            var advice = settings.SkipInvalid ? "" : ", or pass --skip-invalid to import the good records";
            console.MarkupLineInterpolated(
                $"[red]Nothing imported: {result.Errors.Count()} problem(s) in {result.Rejected} record(s). Correct them and import again{advice}.[/]");
        }
        if (result.RejectsPath is not null)
            console.MarkupLineInterpolated($"[yellow]{result.Rejected} rejected record(s) written to {result.RejectsPath}.[/]");
    }
}
