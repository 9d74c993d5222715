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

    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        return builder.Build();
    }
}
