using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Database;

/// <summary>
/// Builds the one <see cref="NpgsqlDataSource"/> a process uses: PostGIS geometries map to
/// NetTopologySuite types. Open a connection per operation from it.
/// </summary>
public static class GazetteerDataSource
{
    /// <summary>The environment variable that points the service and the CLI at a PostGIS.</summary>
    public const string ConnectionStringVariable = "GAZETTEER_DB";

    /// <summary>
    /// The environment variable naming a streaming replica of that PostGIS: when set, the service
    /// reads from it and writes to <see cref="ConnectionStringVariable"/>.
    /// </summary>
    public const string ReplicaConnectionStringVariable = "GAZETTEER_DB_REPLICA";

    /// <summary>
    /// The DI key of the data source for reads: the replica when one is configured, else the
    /// primary itself. The unkeyed <see cref="NpgsqlDataSource"/> is always the primary (writes).
    /// </summary>
    public const string ReadsKey = "reads";

    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        return builder.Build();
    }
}
