using CivilAffairs.Gazetteer.Data.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CivilAffairs.Gazetteer.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers the index (folder from configuration "Search:IndexDirectory"), <see cref="PlaceSearch"/>, <see cref="HistorianSearch"/>,
    /// <see cref="Autocomplete"/> and the hosted service that builds the index at start and follows
    /// change_log. Reads through the data source keyed <see cref="GazetteerDataSource.ReadsKey"/> (a read
    /// replica) when one is registered, else the registered <see cref="NpgsqlDataSource"/>, or creates one from
    /// "ConnectionStrings:Gazetteer" or the GAZETTEER_DB environment variable.
    /// </summary>
    public static IServiceCollection AddGazetteerSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section));
        services.TryAddSingleton(_ =>
        {
            var connectionString = configuration.GetConnectionString("Gazetteer")
                ?? Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable)
                ?? throw new InvalidOperationException(
                    $"No database configured: set ConnectionStrings:Gazetteer or {GazetteerDataSource.ConnectionStringVariable}.");
            return GazetteerDataSource.Create(connectionString);
        });
        services.TryAddSingleton(sp => new PlaceIndex(
            sp.GetRequiredService<IOptions<SearchOptions>>().Value,
            sp.GetKeyedService<NpgsqlDataSource>(GazetteerDataSource.ReadsKey) ?? sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetService<ILogger<PlaceIndex>>()));
        services.TryAddSingleton<PlaceSearch>();
        services.TryAddSingleton<HistorianSearch>();
        services.TryAddSingleton<Autocomplete>();
        services.AddHostedService<IndexFollower>();
        return services;
    }
}
