namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>How far an import has come: a stage and the records done of the total.</summary>
public sealed record PlaceFileProgress(string Stage, int Done, int Total);
