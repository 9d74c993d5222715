namespace CivilAffairs.Gazetteer.Api.History;

internal static class HistoryRegistration
{
    /// <summary>The historical-name queries and dynasty table (process-wide) and the per-request loaders.</summary>
    public static IHostApplicationBuilder AddGazetteerHistory(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HistoricalNameQueries>();
        builder.Services.AddSingleton<DynastyCatalog>();
        builder.Services.AddScoped<HistoryLoaders>();
        return builder;
    }
}
