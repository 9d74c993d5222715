using System.Globalization;
using CivilAffairs.Gazetteer.Cli.Database;
using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>`gazetteer stats`: the registry's counts as a table.</summary>
internal sealed class StatsCommand : AsyncCommand
{
    public override async Task<int> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var target = await DatabaseTarget.ResolveAsync(cancellationToken);
        await using var dataSource = await target.OpenAsync(cancellationToken);

        RegistryCounts counts;
        try
        {
            counts = await RegistryCounts.ReadAsync(dataSource, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw new CommandFailedException($"{target.Description} has no registry tables yet ({e.MessageText}): run `gazetteer migrate` first.", ExitCodes.Failed, e);
        }

        var table = new Table().Title($"Registry in {Markup.Escape(target.Description)}").AddColumn("What").AddColumn(new TableColumn("Count").RightAligned()).AddColumn(new TableColumn("of which sample").RightAligned());
        Row(table, "Place names", counts.PlaceNames);
        Row(table, "Protected historical names (on a protection list)", counts.ProtectedHistoricalNames);
        Row(table, "Historical name records (all)", counts.HistoricalNames);
        Row(table, "Initiative names (proposals)", counts.InitiativeNames);
        Row(table, "Points of interest", counts.PointsOfInterest);
        Row(table, "Division units (current)", counts.DivisionUnits);
        Row(table, "  province", counts.Provinces);
        Row(table, "  city", counts.Cities);
        Row(table, $"  county-level (incl. {counts.StatisticalZones} statistical zones)", counts.Counties);
        Row(table, "  township", counts.Townships);
        Row(table, "  village committee", counts.Villages);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("Sample records (provenance 'sample') are generated test data, not official names.");
        return ExitCodes.Success;
    }

    private static void Row(Table table, string what, Tally tally) =>
        table.AddRow(Markup.Escape(what), Format(tally.Total), Format(tally.Sample));

    private static void Row(Table table, string what, long count) =>
        table.AddRow(Markup.Escape(what), Format(count), "");

    private static string Format(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
