using CivilAffairs.Gazetteer.Data.Naming;

namespace CivilAffairs.Gazetteer.Api.Naming;

internal static class NamingRegistration
{
    /// <summary>The name checker and the POI duplicate finder, one each per process, over the registered NpgsqlDataSource.</summary>
    public static IHostApplicationBuilder AddGazetteerNaming(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<NameChecker>();
        builder.Services.AddSingleton<PoiDuplicateFinder>();
        return builder;
    }
}
