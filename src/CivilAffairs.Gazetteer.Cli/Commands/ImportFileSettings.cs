using System.ComponentModel;
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
}
