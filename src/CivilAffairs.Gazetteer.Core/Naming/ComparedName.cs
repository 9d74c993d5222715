using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>A name in the forms scopes compare: the place it names (贾村村委会 → 贾村), its specific, and their homophone keys.</summary>
public sealed record ComparedName(string Place, string Specific, string PlaceKey, string SpecificKey)
{
    public static ComparedName Of(string name, string? storedSpecific = null, string? storedKey = null)
    {
        var place = SearchText.Normalize(CommitteeNames.PlaceName(name));
        var specific = storedSpecific is { Length: > 0 } ? SearchText.Normalize(storedSpecific) : SearchText.Normalize(PlaceNameParts.Split(place).Specific);
        var romanizer = PlaceNameRomanizer.Shared;
        return new ComparedName(
            place,
            specific,
            storedKey is { Length: > 0 } ? storedKey : romanizer.Romanize(place).Key,
            romanizer.Romanize(specific).Key);
    }

    /// <summary>The part the scope compares: the whole name or the specific.</summary>
    public string Text(NameComparison on) => on == NameComparison.Specific ? Specific : Place;

    public string Key(NameComparison on) => on == NameComparison.Specific ? SpecificKey : PlaceKey;
}
