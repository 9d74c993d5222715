namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// A place name split into its specific (专名) and generic (通名), and the short name people
/// use without the generic. <see cref="ShortName"/> is null when dropping the generic would
/// leave a single character (隰县 stays 隰县).
/// </summary>
public sealed record PlaceNameParts(string Name, string? Specific, string? Generic)
{
    public string? ShortName =>
        Generic is not null && Specific is not null && Specific.EnumerateRunes().Count() >= 2 ? Specific : null;
}
