using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>The one seam between the importer and the Chinese toolkit: the romanization columns and the traditional form of a name.</summary>
internal static class PlaceRomanization
{
    /// <summary>
    /// A name the romanizer cannot read at all keeps empty columns (flagged for review):
    /// an empty romanization is honest, a guessed one would be published.
    /// </summary>
    public static RomanizedName Romanize(string name)
    {
        var romanization = PlaceNameRomanizer.Shared.Romanize(name);
        var traditional = ChineseScript.ToTraditional(name);
        if (romanization.WithTones.Length == 0)
            return new RomanizedName(null, null, null, null, NeedsReview: true, traditional);
        return new RomanizedName(
            romanization.WithTones, romanization.Toneless, romanization.Key, romanization.Initials, romanization.NeedsReview, traditional);
    }
}
