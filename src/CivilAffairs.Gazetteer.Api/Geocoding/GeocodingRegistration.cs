using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Search.Geocoding;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal static class GeocodingRegistration
{
    /// <summary>
    /// The hierarchy, held once per process (<see cref="HierarchySource"/>), loaded at start and reloaded
    /// when divisions change (<see cref="HierarchyFollower"/>); the <see cref="Geocoder"/> over it and the
    /// PostGIS <see cref="ReverseGeocoder"/>. Reads from the data source for reads (the replica when configured).
    /// </summary>
    public static IHostApplicationBuilder AddGazetteerGeocoding(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GeocodingOptions>().Bind(builder.Configuration.GetSection(GeocodingOptions.Section));
        builder.Services.AddSingleton(services =>
        {
            var dataSource = services.GetRequiredKeyedService<NpgsqlDataSource>(GazetteerDataSource.ReadsKey);
            return new HierarchySource(new AdministrativeHierarchy([], []), ct => HierarchyLoader.LoadAsync(dataSource, ct));
        });
        builder.Services.AddSingleton(services => new Geocoder(services.GetRequiredService<HierarchySource>()));
        builder.Services.AddSingleton(services => new ReverseGeocoder(services.GetRequiredKeyedService<NpgsqlDataSource>(GazetteerDataSource.ReadsKey)));
        builder.Services.AddSingleton<HierarchyFollower>();
        builder.Services.AddHostedService(services => services.GetRequiredService<HierarchyFollower>());
        return builder;
    }
}
