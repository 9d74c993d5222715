namespace CivilAffairs.Gazetteer.Api.Health;

/// <summary>The body of /healthz.</summary>
internal sealed record HealthReport(string Status, DatabaseHealth Database, bool Ready);
