using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Hosting;

/// <summary>
/// Session settings of the service's connections. The service asks short questions that touch a few
/// thousand rows at most; PostgreSQL's planner still chooses parallel workers for some of them (a bbox
/// page: PostGIS prices ST_Intersects high), and starting the workers cost ten times the query itself
/// (8 ms alone, 100 ms with a worker on a busy machine). A connection string that sets Options keeps its own.
/// </summary>
internal static class ServiceSessions
{
    public const string NoParallelWorkers = "-c max_parallel_workers_per_gather=0";

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options))
            builder.Options = NoParallelWorkers;
        return builder.ConnectionString;
    }
}
