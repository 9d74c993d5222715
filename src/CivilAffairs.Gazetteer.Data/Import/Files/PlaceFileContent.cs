namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// A file read into records. Issues here concern the whole file (no header, unknown columns,
/// not JSON); <see cref="CsvHeader"/> is kept so a rejects file can start with it.
/// </summary>
internal sealed record PlaceFileContent(
    PlaceFileFormat Format,
    IReadOnlyList<SourceRecord> Records,
    IReadOnlyList<PlaceFileIssue> FileIssues,
    string? CsvHeader = null);
