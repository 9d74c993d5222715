namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>A record on its way through the checks: what it says, and what is wrong with it.</summary>
internal sealed class CheckedRecord(SourceRecord source)
{
    public SourceRecord Source => source;

    public ValidatedPlace? Place { get; set; }

    public List<PlaceFileIssue> Issues { get; } = [];

    public bool IsValid => Place is not null && !Issues.Any(i => i.IsError);

    public void Error(string message) => Issues.Add(new PlaceFileIssue(source.Location, message));

    public void Warn(string message) => Issues.Add(new PlaceFileIssue(source.Location, message, IssueSeverity.Warning));

    /// <summary>The errors in one line, for the rejects file.</summary>
    public string Reason => string.Join(" ", Issues.Where(i => i.IsError).Select(i => i.Message));
}
