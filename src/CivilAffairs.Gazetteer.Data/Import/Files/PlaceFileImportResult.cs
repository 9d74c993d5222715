namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// What an import did. Nothing was written unless <see cref="Imported"/> is above zero;
/// <see cref="RejectsPath"/> is set when rejected records were written out (--skip-invalid).
/// </summary>
public sealed record PlaceFileImportResult(
    int Records,
    int Imported,
    int Rejected,
    IReadOnlyList<PlaceFileIssue> Issues,
    string? RejectsPath)
{
    public IEnumerable<PlaceFileIssue> Errors => Issues.Where(i => i.IsError);

    public IEnumerable<PlaceFileIssue> Warnings => Issues.Where(i => !i.IsError);
}
