using CivilAffairs.Gazetteer.Cli.Database;
using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Data.Import;
using CivilAffairs.Gazetteer.Data.Sample;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer import [--data DIR] [--force] [--sample full|test|none] [--seed N]`: migrates the
/// database, imports the real Shanxi data unless the same files were imported already, then
/// generates the sample when the database holds none yet. A second run changes nothing.
/// </summary>
internal sealed class ImportCommand : AsyncCommand<ImportSettings>
{
    private static readonly string[] Stages = ["read", "divisions", "places", "changes", "commit"];

    public override async Task<int> ExecuteAsync(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        var dataDirectory = DataDirectory(settings);
        var target = await DatabaseTarget.ResolveAsync(cancellationToken);
        await using var dataSource = await target.OpenAsync(cancellationToken);
        try
        {
            await new Migrator(dataSource).MigrateAsync(cancellationToken);
            var imported = await ImportRealDataAsync(dataSource, dataDirectory, settings.Force, cancellationToken);
            if (imported.Skipped)
                AnsiConsole.MarkupLine($"The real data was imported already (fingerprint {imported.Fingerprint[..12]}): nothing to do. Use --force to import it again.");
            else
                AnsiConsole.MarkupLine($"Imported {imported.Divisions:N0} divisions, {imported.Places:N0} places, {imported.AdminChanges} changes and {imported.FormerNames} former names in {imported.Elapsed.TotalSeconds:F1} s.");

            if (settings.SampleToGenerate is { } scale)
                await GenerateSampleAsync(dataSource, dataDirectory, scale, settings.Seed, cancellationToken);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is ImportDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CommandFailedException($"Nothing was imported: {e.Message}", ExitCodes.Failed, e);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            throw new CommandFailedException(
                $"Nothing was imported: other data refers to the rows of the earlier import ({e.TableName}: {e.MessageText}). " +
                "Remove or regenerate that data first, or import into a fresh database.", ExitCodes.Failed, e);
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new CommandFailedException(
                $"The connection to {target.Description} failed during the import ({e.Message.TrimEnd('.')}); the step that was running was rolled back. " +
                "Check that the database still runs, then run the import again.", ExitCodes.DatabaseUnavailable, e);
        }
        catch (InvalidOperationException e)
        {
            throw new CommandFailedException(e.Message, ExitCodes.Failed, e);
        }
    }

    private static string DataDirectory(ImportSettings settings)
    {
        var directory = settings.Data ?? RepositoryPaths.DataDirectory();
        if (!Directory.Exists(directory))
            throw new CommandFailedException(
                $"The data folder {directory} does not exist. Pass the folder that holds divisions-2023/, county-boundaries-2017/ and lineage/ with --data, or leave it out to use the repository's data/.",
                ExitCodes.Usage);
        return directory;
    }

    private static async Task<ImportResult> ImportRealDataAsync(NpgsqlDataSource dataSource, string dataDirectory, bool force, CancellationToken cancellationToken)
    {
        var importer = new RealDataImporter(dataSource, dataDirectory);
        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var tasks = Stages.ToDictionary(s => s, s => progress.AddTask(s, autoStart: false));
                var imported = await importer.ImportAsync(force, new ProgressReporter(tasks), cancellationToken);
                foreach (var task in tasks.Values)
                    task.Value = task.MaxValue;
                return imported;
            });
    }

    private static async Task GenerateSampleAsync(NpgsqlDataSource dataSource, string dataDirectory, SampleScale scale, int seed, CancellationToken cancellationToken)
    {
        if (await HasSampleAsync(dataSource, cancellationToken))
        {
            AnsiConsole.MarkupLine("The sample was generated already: nothing to do.");
            return;
        }
        var generator = new SampleGenerator(dataSource, dataDirectory);
        var report = await AnsiConsole.Status().StartAsync($"Generating the {scale.Name}-scale sample (seed {seed})", async status =>
        {
            generator.Phase += phase => status.Status($"Sample, seed {seed}: {phase}");
            return await generator.GenerateAsync(scale, seed, cancellationToken);
        });
        AnsiConsole.MarkupLine(
            $"Generated the {report.Scale}-scale sample: {report.Places:N0} places beside the {report.ExistingPlaces:N0} imported, " +
            $"{report.HistoricalNames:N0} historical names, {report.Proposals:N0} proposals, {report.Pois:N0} POIs, all marked provenance 'sample' " +
            $"({report.Generating.TotalSeconds:F1} s generating, {report.Writing.TotalSeconds:F1} s writing).");
    }

    /// <summary>The generator's own test for an earlier sample: any row it marks 'sample'.</summary>
    private static async Task<bool> HasSampleAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT EXISTS (SELECT 1 FROM place WHERE provenance = 'sample') OR EXISTS (SELECT 1 FROM historical_name WHERE provenance = 'sample')
                OR EXISTS (SELECT 1 FROM proposal WHERE provenance = 'sample') OR EXISTS (SELECT 1 FROM poi WHERE provenance = 'sample')
            """);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
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
