using System.Text;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Search.Geocoding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer geocode IN.csv -o OUT.csv`: loads the hierarchy from the database GAZETTEER_DB names,
/// then streams the file through <see cref="CsvGeocoding"/> with a progress bar over the bytes read.
/// Register with: config.AddCommand&lt;GeocodeCommand&gt;("geocode").
/// </summary>
internal sealed class GeocodeCommand : AsyncCommand<GeocodeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GeocodeSettings settings, CancellationToken cancellationToken)
    {
        var connectionString = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            AnsiConsole.MarkupLine($"[red]{GazetteerDataSource.ConnectionStringVariable} is not set[/]: point it at the registry database (e.g. the output of `gazetteer db up`).");
            return 2;
        }

        await using var dataSource = GazetteerDataSource.Create(connectionString);
        var hierarchy = await HierarchyLoader.LoadAsync(dataSource, TraditionalFolding.FromUnihan(), cancellationToken);
        if (hierarchy.Divisions.Count == 0)
        {
            AnsiConsole.MarkupLine("[red]The division table is empty[/]: import the divisions first.");
            return 2;
        }
        var geocoder = new Geocoder(hierarchy);

        await using var inputStream = File.OpenRead(settings.Input);
        using var input = new StreamReader(inputStream, Encoding.UTF8);
        await using var output = new StreamWriter(settings.Output!, append: false, new UTF8Encoding(false));
        CsvGeocodingSummary summary = new(0, 0, 0);
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Geocoding {Markup.Escape(Path.GetFileName(settings.Input))}", maxValue: Math.Max(1, inputStream.Length));
                var rows = new Progress<long>(_ => task.Value = inputStream.Position);
                summary = await CsvGeocoding.RunAsync(input, output, geocoder, settings.CrsValue, settings.AsOfDate, rows, cancellationToken);
                task.Value = task.MaxValue;
            });
        AnsiConsole.MarkupLine($"{summary.Rows:N0} rows: {summary.Matched:N0} matched, {summary.Ambiguous:N0} ambiguous, written to {Markup.Escape(settings.Output!)}");
        return 0;
    }
}
