using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>`gazetteer export-lpf -o FILE [--base-uri URI]`.</summary>
internal sealed class ExportLpfSettings : CommandSettings
{
    [CommandOption("-o|--output <FILE>")]
    [Description("Where to write the Linked Places FeatureCollection (GeoJSON-LD), e.g. historical-names.lpf.json.")]
    public string? Output { get; init; }

    [CommandOption("--base-uri <URI>")]
    [Description("The prefix of every record's @id (default urn:x-shanxi-gazetteer:); use the address the records are published at.")]
    public string BaseUri { get; init; } = CivilAffairs.Gazetteer.Data.History.LinkedPlacesExport.DefaultBaseUri;

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Output))
            return ValidationResult.Error("Say where to write the export: -o historical-names.lpf.json.");
        if (!Uri.TryCreate(BaseUri, UriKind.Absolute, out _))
            return ValidationResult.Error($"--base-uri '{BaseUri}' is not an absolute URI (https://example.org/places/ or urn:...:).");
        return ValidationResult.Success();
    }
}
