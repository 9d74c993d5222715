namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>The file formats the department sends place records in (docs/import-formats.md).</summary>
public enum PlaceFileFormat
{
    Csv,
    GeoJson,
}
