using System.ComponentModel;
using CivilAffairs.Gazetteer.Data.Import.Files;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>The arguments of <c>gazetteer import-file</c>.</summary>
internal sealed class ImportFileSettings : CommandSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("The CSV or GeoJSON file of places (format: docs/import-formats.md).")]
    public string Path { get; init; } = "";

    [CommandOption("--format <FORMAT>")]
    [Description("csv or geojson; by default taken from the file's extension.")]
    public string? Format { get; init; }

    [CommandOption("--skip-invalid")]
    [Description("Import the good records and write the bad ones, with the reason, to the rejects file.")]
    public bool SkipInvalid { get; init; }

    [CommandOption("--rejects <FILE>")]
    [Description("Where --skip-invalid writes the rejected records (default: PATH with .rejects before the extension).")]
    public string? Rejects { get; init; }

    [CommandOption("--actor <NAME>")]
    [Description("Who the places are registered by, for the change log (default: the operating-system user).")]
    public string? Actor { get; init; }

    [CommandOption("--collected")]
    [Description("Mark the places as collected in the field rather than official.")]
    public bool Collected { get; init; }

    /// <summary>Spectre reports a failed validation as a usage error (exit code 2) before the command runs.</summary>
    public override ValidationResult Validate()
    {
        if (Format is not null && (!Enum.TryParse<PlaceFileFormat>(Format, ignoreCase: true, out _) || int.TryParse(Format, out _)))
            return ValidationResult.Error($"--format must be csv or geojson, not '{Format}'.");
        if (!File.Exists(Path))
            return ValidationResult.Error($"No file at '{Path}'.");
        if (Format is null && PlaceFileImporter.FormatOf(Path) is null)
            return ValidationResult.Error($"Cannot tell the format of '{System.IO.Path.GetFileName(Path)}' from its extension: name it .csv or .geojson, or pass --format csv|geojson.");
        if (Rejects is not null && !SkipInvalid)
            return ValidationResult.Error("--rejects only applies with --skip-invalid.");
        return ValidationResult.Success();
    }
}
