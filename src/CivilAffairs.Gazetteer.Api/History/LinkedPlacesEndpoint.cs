using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Data.History;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.History;

internal static class LinkedPlacesEndpoint
{
    public const string Path = "/export/historical-names.lpf.json";

    /// <summary>GET the historical names as a Linked Places FeatureCollection, streamed (?baseUri= sets the records' @id prefix).</summary>
    public static IEndpointRouteBuilder MapLinkedPlacesExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, NpgsqlDataSource dataSource, string? baseUri) =>
        {
            if (baseUri is not null && !Uri.TryCreate(baseUri, UriKind.Absolute, out _))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                await http.Response.WriteAsync($"baseUri '{baseUri}' is not an absolute URI (https://example.org/places/ or urn:...:).", http.RequestAborted);
                return;
            }
            if (await ExportAllowance.RefusedAsync(http))
                return;
            http.Response.ContentType = "application/geo+json; charset=utf-8";
            await new LinkedPlacesExport(dataSource, baseUri ?? LinkedPlacesExport.DefaultBaseUri).WriteAsync(http.Response.Body, null, http.RequestAborted);
        });
        return app;
    }
}
