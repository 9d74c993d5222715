namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// The one seam between the importer and the romanizer (PlaceNameRomanizer.Shared.Romanize in
/// CivilAffairs.Gazetteer.Chinese). That romanizer is not in this code base yet, so the
/// columns stay null: an empty romanization is honest, a guessed one would be published.
/// </summary>
internal static class PlaceRomanization
{
    public static RomanizedName? Romanize(string name) => null;
}
