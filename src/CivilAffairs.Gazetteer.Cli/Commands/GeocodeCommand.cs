using System.Text;
using CivilAffairs.Gazetteer.Cli.Database;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Search.Geocoding;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer geocode IN.csv -o OUT.csv`: loads the hierarchy from the registry database
/// (<see cref="DatabaseTarget"/>), then streams the file through <see cref="CsvGeocoding"/> with a
/// progress bar over the bytes read.
/// </summary>
internal sealed class GeocodeCommand : AsyncCommand<GeocodeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GeocodeSettings settings, CancellationToken cancellationToken)
    {
        var target = await DatabaseTarget.ResolveAsync(cancellationToken);
        await using var dataSource = await target.OpenAsync(cancellationToken);
        var hierarchy = await HierarchyLoader.LoadAsync(dataSource, cancellationToken);
        if (!hierarchy.Divisions.Any(d => d.Level == DivisionLevel.Village))
            throw new CommandFailedException($"{target.Description} holds no villages to geocode against: run `gazetteer import` first.", ExitCodes.Failed);
        var geocoder = new Geocoder(hierarchy);

        FileStream inputStream;
        StreamWriter output;
        try
        {
            inputStream = File.OpenRead(settings.Input);
            output = new StreamWriter(settings.Output!, append: false, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"Cannot open the files: {e.Message}", ExitCodes.Failed, e);
        }
        await using var inputOwned = inputStream;
        await using var outputOwned = output;
        using var input = new StreamReader(inputStream, Encoding.UTF8);
        CsvGeocodingSummary summary = new(0, 0, 0);
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Geocoding {Markup.Escape(Path.GetFileName(settings.Input))}", maxValue: Math.Max(1, inputStream.Length));
                var rows = new Progress<long>(_ => task.Value = inputStream.Position);
                try
                {
                    summary = await CsvGeocoding.RunAsync(input, output, geocoder, settings.CrsValue, settings.AsOfDate, rows, cancellationToken);
                }
                catch (InvalidDataException e)
                {
                    throw new CommandFailedException($"{settings.Input} is not a well-formed CSV: {e.Message} The rows before it are in {settings.Output}.", ExitCodes.Failed, e);
                }
                task.Value = task.MaxValue;
            });
        AnsiConsole.MarkupLine($"{summary.Rows:N0} rows: {summary.Matched:N0} matched, {summary.Ambiguous:N0} ambiguous, written to {Markup.Escape(settings.Output!)}");
        return ExitCodes.Success;
    }
}
