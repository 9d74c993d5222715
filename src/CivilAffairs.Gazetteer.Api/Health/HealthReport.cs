using CivilAffairs.Gazetteer.Search;

namespace CivilAffairs.Gazetteer.Api.Health;

/// <summary>
/// The body of /healthz. <see cref="Ready"/>: the service answers requests (the database is there and
/// migrated); <see cref="Search"/> says whether search and autocomplete answer yet ("building" with a
/// percentage while a first index build runs; the status is then "degraded").
/// </summary>
internal sealed record HealthReport(string Status, DatabaseHealth Database, bool Ready, SearchIndexStatus? Search);
