using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>What the HTTP surface adds around the endpoints: compressed answers and CORS for mapping apps in browsers.</summary>
internal static class HttpRegistration
{
    public const string CorsSection = "Cors";

    public static IHostApplicationBuilder AddGazetteerHttp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o =>
        {
            // Answers hold only what was asked and no secrets, so compressing over HTTPS leaks nothing (BREACH).
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat([MediaTypes.GraphQLResponse, "application/geo+json"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        // Cors:Origins lists the web origins allowed to call the API from a browser; "*" (the default) allows any, as reads are public.
        var origins = builder.Configuration.GetSection(CorsSection + ":Origins").Get<string[]>() is { Length: > 0 } configured ? configured : ["*"];
        builder.Services.AddCors(o => o.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*"))
                policy.AllowAnyOrigin();
            else
                policy.WithOrigins(origins);
            policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept", "Authorization")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
        return builder;
    }

    public static IApplicationBuilder UseGazetteerHttp(this IApplicationBuilder app) => app.UseResponseCompression().UseCors();
}
