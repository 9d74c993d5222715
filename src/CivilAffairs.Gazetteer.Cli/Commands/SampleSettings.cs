using System.ComponentModel;
using CivilAffairs.Gazetteer.Data.Sample;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>Options of `gazetteer sample`.</summary>
internal sealed class SampleSettings : CommandSettings
{
    [CommandOption("--scale <SCALE>")]
    [Description("full (390,000 places, 3,500 historical names, 66,000 proposals, 40,000 POIs) or test (a hundredth).")]
    [DefaultValue("full")]
    public string Scale { get; init; } = "full";

    [CommandOption("--seed <N>")]
    [Description("The same seed generates the same rows.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    public override ValidationResult Validate()
    {
        try
        {
            SampleScale.Parse(Scale);
            return ValidationResult.Success();
        }
        catch (ArgumentException e)
        {
            return ValidationResult.Error(e.Message.Split(" (Parameter", 2)[0]);
        }
    }
}
