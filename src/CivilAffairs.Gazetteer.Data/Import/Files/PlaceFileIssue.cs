namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>One problem found in a file; a null location concerns the whole file.</summary>
public sealed record PlaceFileIssue(PlaceFileLocation? Location, string Message, IssueSeverity Severity = IssueSeverity.Error)
{
    public bool IsError => Severity == IssueSeverity.Error;

    public override string ToString() =>
        $"{(Location is null ? "file" : Location.ToString())}: {(IsError ? "" : "warning: ")}{Message}";
}
