using CivilAffairs.Gazetteer.Search;

namespace CivilAffairs.Gazetteer.Api.Health;

/// <summary>
/// The body of /healthz. <see cref="Ready"/>: the service answers requests (the database, and the read
/// replica when one is configured, are there and migrated; <see cref="Replica"/> is null without one);
/// <see cref="Search"/> says whether search and autocomplete answer yet ("building" with a percentage
/// while a first index build runs; the status is then "degraded").
/// </summary>
internal sealed record HealthReport(string Status, DatabaseHealth Database, DatabaseHealth? Replica, bool Ready, SearchIndexStatus? Search);
