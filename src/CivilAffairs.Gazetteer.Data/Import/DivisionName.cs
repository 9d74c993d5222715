namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// A division's name split into its specific (专名) and generic (通名), and the short name people
/// use without the generic. <see cref="ShortName"/> is null when the name has no generic of its
/// own (城区) or dropping it would leave a single character (隰县 stays 隰县).
/// </summary>
internal sealed record DivisionName(string Name, string Specific, string? Generic)
{
    public string? ShortName =>
        Generic is not null && Specific.EnumerateRunes().Count() >= 2 ? Specific : null;
}
