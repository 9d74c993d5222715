using System.ComponentModel;
using System.Globalization;
using CivilAffairs.Gazetteer.Coordinates;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>`gazetteer geocode IN.csv -o OUT.csv [--as-of 2024-01-01] [--crs gcj02]`.</summary>
internal sealed class GeocodeSettings : CommandSettings
{
    [CommandArgument(0, "<IN>")]
    [Description("A CSV of addresses: the column named address, else the first column.")]
    public string Input { get; init; } = "";

    [CommandOption("-o|--output <OUT>")]
    [Description("Where to write one result row per input row.")]
    public string? Output { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description("Read the addresses against the divisions of this date (yyyy-MM-dd); default today.")]
    public string? AsOf { get; init; }

    [CommandOption("--crs <CRS>")]
    [Description("Coordinates out in wgs84 (default), gcj02 or bd09.")]
    public string Crs { get; init; } = "wgs84";

    public DateOnly? AsOfDate => AsOf is null ? null : DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public Crs CrsValue => Enum.Parse<Crs>(Crs, ignoreCase: true);

    public override ValidationResult Validate()
    {
        if (!File.Exists(Input))
            return ValidationResult.Error($"The input file '{Input}' does not exist.");
        if (string.IsNullOrWhiteSpace(Output))
            return ValidationResult.Error("Say where to write the results: -o OUT.csv.");
        if (AsOf is not null && !DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return ValidationResult.Error($"--as-of '{AsOf}' is not a date: write yyyy-MM-dd, e.g. 2017-06-01.");
        if (!Enum.TryParse<Crs>(Crs, ignoreCase: true, out _) || int.TryParse(Crs, out _))
            return ValidationResult.Error($"--crs '{Crs}' is not one of wgs84, gcj02, bd09.");
        return ValidationResult.Success();
    }
}
