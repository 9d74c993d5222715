using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.GraphQL.Http;
using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL;

internal static class GraphQLRegistration
{
    /// <summary>Deeper documents are refused before they run (LIMIT_EXCEEDED).</summary>
    public const int MaxDepth = 15;

    public static IHostApplicationBuilder AddGazetteerGraphQL(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<GazetteerSchema>()
            .AddGraphTypes(typeof(GazetteerSchema).Assembly)
            // Chinese goes out as written, not as \uXXXX escapes, Extension B included.
            .AddSystemTextJson(o => o.Encoder = JsonTextEncoder.Instance)
            .AddErrorInfoProvider<GazetteerErrorInfoProvider>()
            .AddComplexityAnalyzer(o => o.MaxDepth = MaxDepth)
            .AddUnhandledExceptionHandler(FieldFailures.Handle));
        builder.Services.AddScoped<RequestLoaders>();
        builder.Services.AddSingleton<GraphQLHttpHandler>();
        return builder;
    }
}
