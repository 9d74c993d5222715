using CivilAffairs.Gazetteer.Api.Divisions;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Hosting;

internal static class DatabaseRegistration
{
    public const string ConnectionStringName = "Gazetteer";
    public const string ReplicaConnectionStringName = "GazetteerReplica";

    /// <summary>
    /// The primary NpgsqlDataSource (writes, and anything not marked as a read) and the one for
    /// reads (keyed <see cref="GazetteerDataSource.ReadsKey"/>): a PostgreSQL streaming replica from
    /// ConnectionStrings:GazetteerReplica or GAZETTEER_DB_REPLICA when given, else the primary.
    /// Both are built when first resolved, so a test host can set the configuration late.
    /// </summary>
    public static IHostApplicationBuilder AddGazetteerDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services =>
        {
            var connectionString = Configured(services, ConnectionStringName, GazetteerDataSource.ConnectionStringVariable)
                ?? throw new InvalidOperationException(
                    $"No database configured: set ConnectionStrings:{ConnectionStringName} or the environment variable {GazetteerDataSource.ConnectionStringVariable} " +
                    "to a PostGIS connection string such as Host=127.0.0.1;Port=5433;Username=postgres;Database=gazetteer.");
            return GazetteerDataSource.Create(ServiceSessions.Apply(ServiceTimeouts.Apply(connectionString)));
        });
        builder.Services.AddSingleton<ReplicaDataSource>();
        builder.Services.AddKeyedSingleton(GazetteerDataSource.ReadsKey, (services, _) =>
            services.GetRequiredService<ReplicaDataSource>().DataSource ?? services.GetRequiredService<NpgsqlDataSource>());
        // Reads go to the replica when one is configured.
        builder.Services.AddSingleton(services => new PlaceQueries(services.GetRequiredKeyedService<NpgsqlDataSource>(GazetteerDataSource.ReadsKey)));
        builder.Services.AddSingleton<DivisionQueries>();
        return builder;
    }

    /// <summary>A connection string from ConnectionStrings:NAME, else from the environment-style key; null when neither is set.</summary>
    public static string? Configured(IServiceProvider services, string name, string variable)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var connectionString = configuration.GetConnectionString(name);
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = configuration[variable];
        return string.IsNullOrWhiteSpace(connectionString) ? null : connectionString;
    }
}
