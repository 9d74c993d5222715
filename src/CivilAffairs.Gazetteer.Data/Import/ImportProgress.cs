namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>Where an import stands, for a progress bar: <paramref name="Done"/> of <paramref name="Total"/> steps of the stage.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);
