using System.ComponentModel;
using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Data.Import;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer import [--data DIR] [--force]`: migrates the database and imports the real
/// Shanxi data, skipping it when the same files were imported already.
/// </summary>
internal sealed class ImportCommand : AsyncCommand<ImportCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--data <DIR>")]
        [Description("The data folder (default: the repository's data/, or GAZETTEER_DATA).")]
        public string? Data { get; init; }

        [CommandOption("--force")]
        [Description("Import again even when the same files were imported already, replacing the earlier import.")]
        public bool Force { get; init; }
    }

    private static readonly string[] Stages = ["read", "divisions", "places", "changes", "commit"];

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var connectionString = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            AnsiConsole.MarkupLine($"[red]{GazetteerDataSource.ConnectionStringVariable} is not set.[/] Start the local database with ./run.sh, or set it to a connection string such as Host=127.0.0.1;Port=5433;Username=postgres;Database=gazetteer.");
            return 2;
        }

        try
        {
            var dataDirectory = settings.Data ?? RepositoryPaths.DataDirectory();
            await using var dataSource = GazetteerDataSource.Create(connectionString);
            await new Migrator(dataSource).MigrateAsync(cancellationToken);
            var importer = new RealDataImporter(dataSource, dataDirectory);
            var result = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var tasks = Stages.ToDictionary(s => s, s => progress.AddTask(s, autoStart: false));
                    var reporter = new ProgressReporter(tasks);
                    var imported = await importer.ImportAsync(settings.Force, reporter, cancellationToken);
                    foreach (var task in tasks.Values)
                        task.Value = task.MaxValue;
                    return imported;
                });

            if (result.Skipped)
                AnsiConsole.MarkupLine($"The real data was imported already (fingerprint {result.Fingerprint[..12]}): nothing to do. Use --force to import it again.");
            else
                AnsiConsole.MarkupLine($"Imported {result.Divisions:N0} divisions, {result.Places:N0} places, {result.AdminChanges} changes and {result.FormerNames} former names in {result.Elapsed.TotalSeconds:F1} s.");
            return 0;
        }
        catch (ImportDataException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Nothing was imported:[/] {e.Message}");
            return 1;
        }
        catch (DirectoryNotFoundException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Nothing was imported:[/] {e.Message}");
            return 1;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Nothing was imported:[/] other data refers to the rows of the earlier import ({e.TableName}: {e.MessageText}). Remove or regenerate that data first, or import into a fresh database.");
            return 1;
        }
        catch (NpgsqlException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]The database failed:[/] {e.Message}. Check that it runs and that {GazetteerDataSource.ConnectionStringVariable} points at it; nothing was imported.");
            return 2;
        }
    }

    /// <summary>Turns the importer's stage reports into the bars of the progress display.</summary>
    private sealed class ProgressReporter(IReadOnlyDictionary<string, ProgressTask> tasks) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (!tasks.TryGetValue(value.Stage, out var task))
                return;
            task.StartTask();
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }
}
