using CivilAffairs.Gazetteer.Cli.Database;
using CivilAffairs.Gazetteer.Data.Places;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer export`: counts what the filter selects, then streams those places from one query
/// into the chosen format, with a progress bar over the count. The same filter and SQL as the
/// API's places field (<see cref="PlaceQueries"/>).
/// </summary>
internal sealed class ExportCommand : AsyncCommand<ExportSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        PlaceFilter filter;
        try
        {
            var input = settings.FilterInput();
            var (within, intersects) = settings.PolygonTexts();
            input.Within = within is null ? null : GeometryText.Parse(within, "--within");
            input.Intersects = intersects is null ? null : GeometryText.Parse(intersects, "--intersects");
            filter = PlaceFilter.From(input);
        }
        catch (InvalidPlaceQueryException e)
        {
            throw new CommandFailedException(e.Message.Replace("filter.", "--", StringComparison.Ordinal), ExitCodes.Usage, e);
        }
        catch (IOException e)
        {
            throw new CommandFailedException($"Cannot read the polygon file: {e.Message}", ExitCodes.Usage, e);
        }
        var target = await DatabaseTarget.ResolveAsync(cancellationToken);
        await using var dataSource = await target.OpenAsync(cancellationToken);
        var queries = new PlaceQueries(dataSource);
        var format = settings.FormatValue;
        long written = 0;
        try
        {
            var total = await queries.CountAsync(filter, cancellationToken);
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Exporting {total:N0} places as {format.Name}", maxValue: Math.Max(1, total));
                    written = await format.WriteAsync(
                        queries.StreamAsync(filter, settings.OrderValue, cancellationToken),
                        settings.Output!,
                        settings.CrsValue,
                        count => task.Value = count,
                        cancellationToken);
                    task.Value = task.MaxValue;
                });
        }
        catch (InvalidPlaceQueryException e)
        {
            throw new CommandFailedException(e.Message.Replace("filter.", "--", StringComparison.Ordinal), ExitCodes.Usage, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailedException($"Cannot write {settings.Output}: {e.Message}", ExitCodes.Failed, e);
        }
        AnsiConsole.MarkupLine($"{written:N0} places written to {Markup.Escape(settings.Output!)} ({format.Name}).");
        return ExitCodes.Success;
    }
}
