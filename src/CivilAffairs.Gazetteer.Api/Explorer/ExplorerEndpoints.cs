using CivilAffairs.Gazetteer.Data;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace CivilAffairs.Gazetteer.Api.Explorer;

/// <summary>
/// The web explorer at / : the page built from npm packages into web/explorer/dist at set-up
/// (scripts/prerequisites.sh), served from this process. No CDN, no outside base map.
/// </summary>
internal static class ExplorerEndpoints
{
    /// <summary>Configuration key of the built explorer's folder; by default web/explorer/dist in the repository.</summary>
    public const string DirectoryKey = "Explorer:Directory";

    public static WebApplication MapExplorer(this WebApplication app)
    {
        var folder = app.Configuration[DirectoryKey] is { Length: > 0 } configured ? Path.GetFullPath(configured) : DefaultFolder();
        var index = folder is null ? null : Path.Combine(folder, "index.html");
        app.MapGet("/", () => index is not null && File.Exists(index)
            ? Results.File(index, "text/html; charset=utf-8")
            : Results.Text(
                "The web explorer is not built. Run ./run.sh (it builds it), or: cd web/explorer && npm ci && npm run build. " +
                "The GraphQL API is at /graphql and the tiles at /tiles.json meanwhile.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable));
        if (folder is not null && Directory.Exists(folder))
        {
            var types = new FileExtensionContentTypeProvider();
            types.Mappings[".mjs"] = "text/javascript";
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                RequestPath = "/explorer",
                ContentTypeProvider = types,
            });
        }
        return app;
    }

    private static string? DefaultFolder()
    {
        try
        {
            return Path.Combine(RepositoryPaths.Root(), "web", "explorer", "dist");
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}
