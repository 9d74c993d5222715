using CivilAffairs.Gazetteer.Api.Divisions;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Hosting;

internal static class DatabaseRegistration
{
    public const string ConnectionStringName = "Gazetteer";

    /// <summary>
    /// The one NpgsqlDataSource of the process, built when first resolved from
    /// ConnectionStrings:Gazetteer or else GAZETTEER_DB, so a test host can set either late.
    /// </summary>
    public static IHostApplicationBuilder AddGazetteerDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
                connectionString = configuration[GazetteerDataSource.ConnectionStringVariable];
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException(
                    $"No database configured: set ConnectionStrings:{ConnectionStringName} or the environment variable {GazetteerDataSource.ConnectionStringVariable} " +
                    "to a PostGIS connection string such as Host=127.0.0.1;Port=5433;Username=postgres;Database=gazetteer.");
            return GazetteerDataSource.Create(connectionString);
        });
        builder.Services.AddSingleton<PlaceQueries>();
        builder.Services.AddSingleton<DivisionQueries>();
        return builder;
    }
}
