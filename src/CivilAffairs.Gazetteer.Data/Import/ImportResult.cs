namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// What an import did. <see cref="Skipped"/>: the same data (same fingerprint) was already
/// imported, so nothing changed.
/// </summary>
public sealed record ImportResult(
    string Dataset,
    string Fingerprint,
    bool Skipped,
    int Divisions,
    int Places,
    int AdminChanges,
    int FormerNames,
    TimeSpan Elapsed);
