using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Hosting;

/// <summary>
/// How long a request may wait for PostgreSQL. Npgsql's defaults (15 s to connect, 30 s per
/// command) would hold a public request for most of a minute when the database is away or
/// stuck; the service gives up sooner and answers UNAVAILABLE. A connection string that sets
/// either value itself keeps it.
/// </summary>
internal static class ServiceTimeouts
{
    public const int ConnectSeconds = 3;
    public const int CommandSeconds = 15;

    private static readonly NpgsqlConnectionStringBuilder Defaults = new();

    public static string Apply(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Timeout == Defaults.Timeout)
            builder.Timeout = ConnectSeconds;
        if (builder.CommandTimeout == Defaults.CommandTimeout)
            builder.CommandTimeout = CommandSeconds;
        return builder.ConnectionString;
    }
}
