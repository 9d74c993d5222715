using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>The one place where the importer asks the Chinese toolkit for a name's romanization and traditional form.</summary>
internal static class NameRomanization
{
    public static RomanizedName Of(string name)
    {
        var romanization = PlaceNameRomanizer.Shared.Romanize(name);
        // A name nothing could be read from keeps its columns empty (and flagged): a guess would be published.
        return romanization.WithTones.Length == 0
            ? new RomanizedName(null, null, null, null, true, ChineseScript.ToTraditional(name))
            : new RomanizedName(romanization.WithTones, romanization.Toneless, romanization.Key, romanization.Initials,
                romanization.NeedsReview, ChineseScript.ToTraditional(name));
    }
}
