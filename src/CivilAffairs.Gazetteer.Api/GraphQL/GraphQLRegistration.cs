using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.GraphQL.Http;
using CivilAffairs.Gazetteer.Data.Places;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Gazetteer.Api.GraphQL;

internal static class GraphQLRegistration
{
    /// <summary>Deeper documents are refused before they run (LIMIT_EXCEEDED).</summary>
    public const int MaxDepth = 15;

    public static IHostApplicationBuilder AddGazetteerGraphQL(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection(GraphQLHttpOptions.Section));
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<GazetteerSchema>()
            .AddGraphTypes(typeof(GazetteerSchema).Assembly)
            // Chinese goes out as written, not as \uXXXX escapes, Extension B included.
            .AddSystemTextJson(o => o.Encoder = JsonTextEncoder.Instance)
            .AddErrorInfoProvider<GazetteerErrorInfoProvider>()
            // A list field counts as many times as its first/last asks (5 when it does not say).
            .AddComplexityAnalyzer((o, services) =>
            {
                o.MaxDepth = MaxDepth;
                o.MaxComplexity = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxComplexity;
            })
            .AddUnhandledExceptionHandler(FieldFailures.Handle));
        builder.Services.AddScoped<RequestLoaders>();
        builder.Services.AddSingleton<PersistedQueries>();
        builder.Services.AddSingleton<ValidatedDocuments>();
        builder.Services.AddSingleton<GraphQLHttpHandler>();
        builder.Services.AddSingleton<GraphiQL.GraphiQLAssets>();
        return builder;
    }
}
