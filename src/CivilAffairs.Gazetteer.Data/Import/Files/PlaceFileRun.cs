namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>Who writes the places of one file, as what, and the import_run row they belong to.</summary>
internal sealed record PlaceFileRun(long ImportRunId, string Actor, string Provenance);
