using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Data.Writes;

/// <summary>The romanization and script columns of a name written by the API (null where nothing could be read).</summary>
internal sealed record RomanizedColumns(string? WithTones, string? Toneless, string? Key, string? Initials, bool NeedsReview, string Traditional)
{
    public static RomanizedColumns Of(string name)
    {
        var romanization = PlaceNameRomanizer.Shared.Romanize(name);
        var traditional = ChineseScript.ToTraditional(name);
        return romanization.WithTones.Length == 0
            ? new RomanizedColumns(null, null, null, null, true, traditional)
            : new RomanizedColumns(romanization.WithTones, romanization.Toneless, romanization.Key, romanization.Initials, romanization.NeedsReview, traditional);
    }
}
