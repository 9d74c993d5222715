namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// The one place where the importer asks for a name's romanization and traditional form.
/// The Chinese toolkit (PlaceNameRomanizer, ChineseScript) is not part of this build yet, so
/// the columns stay null; when it is, this returns its answer.
/// </summary>
internal static class NameRomanization
{
    public static RomanizedName? Of(string name) => null;
}
