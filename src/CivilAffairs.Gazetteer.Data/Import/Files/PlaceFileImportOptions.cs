namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// How to import a place file. Provenance is 'official' for the department's registered
/// names, or 'collected' for names gathered in the field.
/// </summary>
public sealed record PlaceFileImportOptions(
    string Actor,
    PlaceFileFormat? Format = null,
    bool SkipInvalid = false,
    string? RejectsPath = null,
    string Provenance = "official");
