using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Data.Sample;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer sample [--scale full|test] [--seed N]`: brings the imported registry to full scale
/// with generated rows marked provenance 'sample'. Run it after the real import.
/// </summary>
internal sealed class SampleCommand : AsyncCommand<SampleSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SampleSettings settings, CancellationToken cancellationToken)
    {
        var connectionString = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            AnsiConsole.MarkupLine($"[red]Set {GazetteerDataSource.ConnectionStringVariable} to the registry's connection string, import the real data, then run the sample.[/]");
            return 2;
        }

        var scale = SampleScale.Parse(settings.Scale);
        await using var dataSource = GazetteerDataSource.Create(connectionString);
        var generator = new SampleGenerator(dataSource, RepositoryPaths.DataDirectory());
        SampleReport report;
        try
        {
            report = await AnsiConsole.Status().StartAsync($"Generating the {scale.Name}-scale sample (seed {settings.Seed})", async status =>
            {
                generator.Phase += phase => status.Status($"Sample, seed {settings.Seed}: {phase}");
                return await generator.GenerateAsync(scale, settings.Seed, cancellationToken);
            });
        }
        catch (InvalidOperationException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }

        var table = new Table().AddColumn("generated").AddColumn(new TableColumn("rows").RightAligned());
        table.AddRow("places (beside the imported ones)", $"{report.Places:N0} (+{report.ExistingPlaces:N0})");
        table.AddRow("former names", $"{report.FormerNames:N0}");
        table.AddRow("historical names (with citations)", $"{report.HistoricalNames:N0}");
        table.AddRow("proposals (events)", $"{report.Proposals:N0} ({report.ProposalEvents:N0})");
        table.AddRow("points of interest", $"{report.Pois:N0}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated(
            $"Generated in {report.Generating.TotalSeconds:F1} s, written in {report.Writing.TotalSeconds:F1} s; every row is marked provenance 'sample'.");
        return 0;
    }
}
