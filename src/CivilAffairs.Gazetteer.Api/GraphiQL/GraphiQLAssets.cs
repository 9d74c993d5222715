using CivilAffairs.Gazetteer.Data;

namespace CivilAffairs.Gazetteer.Api.GraphiQL;

/// <summary>
/// The files of the GraphiQL page: web/graphiql (the page and its examples) and the scripts and
/// styles npm installed there at set-up (scripts/prerequisites.sh runs npm ci). Only the names
/// listed here are served.
/// </summary>
internal sealed class GraphiQLAssets(IConfiguration configuration)
{
    public const string DirectorySetting = "GraphiQL:Directory";

    private static readonly Dictionary<string, (string Path, string ContentType)> Files = new(StringComparer.Ordinal)
    {
        ["graphiql.min.js"] = ("node_modules/graphiql/graphiql.min.js", "text/javascript; charset=utf-8"),
        ["graphiql.min.css"] = ("node_modules/graphiql/graphiql.min.css", "text/css; charset=utf-8"),
        ["react.production.min.js"] = ("node_modules/react/umd/react.production.min.js", "text/javascript; charset=utf-8"),
        ["react-dom.production.min.js"] = ("node_modules/react-dom/umd/react-dom.production.min.js", "text/javascript; charset=utf-8"),
        ["examples.js"] = ("examples.js", "text/javascript; charset=utf-8"),
    };

    private string Folder => configuration[DirectorySetting] is { Length: > 0 } folder ? folder : Path.Combine(RepositoryPaths.Root(), "web", "graphiql");

    public string PagePath => Path.Combine(Folder, "index.html");

    public (string Path, string ContentType)? Find(string name) =>
        Files.TryGetValue(name, out var file) ? (Path.Combine(Folder, file.Path), file.ContentType) : null;
}
