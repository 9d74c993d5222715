using System.ComponentModel;
using CivilAffairs.Gazetteer.Data.Sample;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>Options of `gazetteer import`.</summary>
internal sealed class ImportSettings : CommandSettings
{
    public const string NoSample = "none";

    [CommandOption("--data <DIR>")]
    [Description("The data folder (default: the repository's data/, or GAZETTEER_DATA).")]
    public string? Data { get; init; }

    [CommandOption("--force")]
    [Description("Import the real data again even when the same files were imported already, replacing the earlier import.")]
    public bool Force { get; init; }

    [CommandOption("--sample <SCALE>")]
    [Description("After the real data, generate the sample when the database has none yet: full (the 390,000-name registry), test (a hundredth) or none.")]
    [DefaultValue("full")]
    public string Sample { get; init; } = "full";

    [CommandOption("--seed <N>")]
    [Description("Seed of the sample: the same seed generates the same rows.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <summary>The sample scale to generate, or null for --sample none.</summary>
    public SampleScale? SampleToGenerate =>
        string.Equals(Sample.Trim(), NoSample, StringComparison.OrdinalIgnoreCase) ? null : SampleScale.Parse(Sample);

    public override ValidationResult Validate()
    {
        try
        {
            _ = SampleToGenerate;
            return ValidationResult.Success();
        }
        catch (ArgumentException)
        {
            return ValidationResult.Error($"Unknown --sample '{Sample}': use full (390,000 places), test (a hundredth) or none.");
        }
    }
}
