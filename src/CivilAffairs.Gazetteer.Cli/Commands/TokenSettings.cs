using System.ComponentModel;
using System.Globalization;
using CivilAffairs.Gazetteer.Workflow;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

internal sealed class TokenSettings : CommandSettings
{
    [CommandOption("--role <ROLE>")]
    [Description("collector, reviewer, approver or admin.")]
    public string Role { get; init; } = "";

    [CommandOption("--jurisdiction <CODE>")]
    [Description("Division-code prefix the holder acts in: 14 (province), 1410 (临汾市), 141024 (洪洞县), 141024100 (a township).")]
    public string Jurisdiction { get; init; } = "";

    [CommandOption("--subject <NAME>")]
    [Description("Who holds the token; every write is recorded under this name.")]
    public string Subject { get; init; } = "";

    [CommandOption("--expires <DURATION>")]
    [Description("How long it is valid: 30m, 8h, 7d (default 8h).")]
    public string Expires { get; init; } = "8h";

    public TimeSpan Lifetime => Parse(Expires) ?? TimeSpan.Zero;

    public override ValidationResult Validate()
    {
        if (!Actor.TryParseRole(Role, out _))
            return ValidationResult.Error($"--role '{Role}' is not a role: use collector, reviewer, approver or admin.");
        if (!Actor.IsJurisdiction(Jurisdiction))
            return ValidationResult.Error($"--jurisdiction '{Jurisdiction}' is not a division-code prefix: give 2, 4, 6, 9 or 12 digits (14, 1410, 141024).");
        if (string.IsNullOrWhiteSpace(Subject))
            return ValidationResult.Error("--subject is missing: name the person or office the token is for (it is recorded with every write).");
        if (Parse(Expires) is not { } lifetime || lifetime <= TimeSpan.Zero || lifetime > TimeSpan.FromDays(366))
            return ValidationResult.Error($"--expires '{Expires}' is not a duration of up to a year: use e.g. 30m, 8h or 7d.");
        return ValidationResult.Success();
    }

    private static TimeSpan? Parse(string text)
    {
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return null;
        return text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => null,
        };
    }
}
