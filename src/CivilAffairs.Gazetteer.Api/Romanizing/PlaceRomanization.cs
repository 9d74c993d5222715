using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Api.Romanizing;

/// <summary>A place's romanization: the stored columns where the import wrote them, the toolkit for the rest.</summary>
internal static class PlaceRomanization
{
    public static RomanizedName Of(PlaceRecord place)
    {
        var computed = PlaceNameRomanizer.Shared.Romanize(place.Name);
        if (place.Romanization is not { } stored)
            return new RomanizedName(place.Name, computed);

        // A stored reading can differ from the toolkit's when a person settled it (堡 read pù here):
        // a Wade-Giles spelling of the toolkit's reading would then contradict the stored one, so
        // none is given, and the toolkit's readings other than the stored one count as alternatives.
        var sameReading = string.Equals(computed.Toneless, stored.Toneless, StringComparison.Ordinal);
        var alternatives = computed.Alternatives.Prepend(computed.WithTones)
            .Where(a => a.Length > 0 && !string.Equals(a, stored.WithTones, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new RomanizedName(place.Name, new Romanization(
            stored.WithTones,
            stored.Toneless,
            stored.Toneless.ToUpperInvariant(),
            stored.Key.Length > 0 || !sameReading ? stored.Key : computed.Key,
            stored.Initials.Length > 0 || !sameReading ? stored.Initials : computed.Initials,
            sameReading ? computed.WadeGiles : null,
            stored.NeedsReview,
            alternatives));
    }
}
