using System.Globalization;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;

namespace CivilAffairs.Gazetteer.Api.Access;

internal static class ExportAllowance
{
    /// <summary>
    /// Takes one export from the client's allowance (Auth:ExportsPerWindow). When it is spent, answers
    /// 429 with Retry-After and a GraphQL-shaped error body (extensions.code LIMIT_EXCEEDED), and returns true.
    /// </summary>
    public static async Task<bool> RefusedAsync(HttpContext http)
    {
        if (http.RequestServices.GetRequiredService<ClientRateLimits>().TryTakeExport(http) is not { } limited)
            return false;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(limited.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(
            new { errors = new[] { new { message = limited.Message, extensions = new { code = ErrorCodes.LimitExceeded } } } }, http.RequestAborted);
        return true;
    }
}
