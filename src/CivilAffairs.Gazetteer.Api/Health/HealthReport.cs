namespace CivilAffairs.Gazetteer.Api.Health;

/// <summary>The body of /healthz; <paramref name="Replica"/> is null when the service reads from the primary.</summary>
internal sealed record HealthReport(string Status, DatabaseHealth Database, DatabaseHealth? Replica, bool Ready);
