namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Whether the index answers searches: "opening" (checking the index on disk, or waiting for the
/// database), "building" (a first build from PostGIS, <see cref="Percent"/> done), or "ready".
/// A rebuild after a bulk import keeps serving the previous index, so it stays "ready".
/// </summary>
public sealed record SearchIndexStatus(string State, int? Percent, int? Documents)
{
    public const string Opening = "opening";
    public const string Building = "building";
    public const string Ready = "ready";

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsReady => State == Ready;
}
