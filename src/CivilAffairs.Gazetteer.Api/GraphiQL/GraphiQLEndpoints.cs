namespace CivilAffairs.Gazetteer.Api.GraphiQL;

/// <summary>GraphiQL for people: the page at GET /graphql for browsers, its assets under /graphiql/.</summary>
internal static class GraphiQLEndpoints
{
    /// <summary>A browser's GET of the endpoint without a query: it asks for HTML, not a GraphQL answer.</summary>
    public static bool WantsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("extensions")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public static Task ServePageAsync(HttpContext http) =>
        ServeAsync(http, http.RequestServices.GetRequiredService<GraphiQLAssets>().PagePath, "text/html; charset=utf-8");

    public static IEndpointRouteBuilder MapGraphiQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/graphiql/{name}", (HttpContext http, string name, GraphiQLAssets assets) =>
            assets.Find(name) is { } file ? ServeAsync(http, file.Path, file.ContentType) : Results.NotFound().ExecuteAsync(http));
        return endpoints;
    }

    private static async Task ServeAsync(HttpContext http, string path, string contentType)
    {
        if (!File.Exists(path))
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(
                "The GraphiQL files are not installed: run ./run.sh (or npm ci in web/graphiql) once. POST GraphQL to /graphql works without them.",
                http.RequestAborted);
            return;
        }
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        await http.Response.SendFileAsync(path, http.RequestAborted);
    }
}
