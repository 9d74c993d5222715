using System.Diagnostics.CodeAnalysis;

namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>
/// Who writes: the token's subject, role and jurisdiction, a division-code prefix (14 the
/// province, 1410 临汾市, 141024 洪洞县). A writer acts only on records inside the jurisdiction.
/// </summary>
public sealed record Actor(string Subject, Role Role, string Jurisdiction)
{
    public bool IsAtLeast(Role role) => Role >= role;

    /// <summary>Whether a 12-digit division code lies inside the jurisdiction.</summary>
    public bool Covers(string divisionCode) => divisionCode.StartsWith(Jurisdiction, StringComparison.Ordinal);

    /// <summary>A jurisdiction is a prefix of a division code: 2, 4, 6, 9 or 12 digits.</summary>
    public static bool IsJurisdiction([NotNullWhen(true)] string? text) =>
        text is { Length: 2 or 4 or 6 or 9 or 12 } && text.All(char.IsAsciiDigit);

    public static bool TryParseRole(string? text, out Role role) =>
        Enum.TryParse(text, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(text, out _);

    public override string ToString() => $"{Subject} ({Role.ToString().ToLowerInvariant()}, {Jurisdiction})";
}
