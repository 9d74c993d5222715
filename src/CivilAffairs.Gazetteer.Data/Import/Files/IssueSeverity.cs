namespace CivilAffairs.Gazetteer.Data.Import.Files;

public enum IssueSeverity
{
    /// <summary>The row (or the file) cannot be imported as it is.</summary>
    Error,
    /// <summary>Worth a look, but the row is imported.</summary>
    Warning,
}
