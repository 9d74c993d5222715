using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Gazetteer.Api.Access;

/// <summary>
/// Per-client fixed windows (System.Threading.RateLimiting, as ASP.NET Core's rate limiting uses)
/// for writes, by token subject, and for reads, by subject or else remote address: expensive
/// workflow reads, costly public reads (search, geocoding, spatial places, historian text) and
/// exports, each its own budget. The limit is taken inside the field or endpoint, where the
/// operation and its cost are known; the HTTP answer is 429 with Retry-After.
/// With Auth:RateLimits false nothing is counted.
/// </summary>
internal sealed class ClientRateLimits(IOptions<AccessOptions> options, IHttpContextAccessor http) : IDisposable
{
    private readonly AccessOptions settings = options.Value;
    private readonly PartitionedRateLimiter<string> writes = Limiter(options.Value.WritesPerWindow, options.Value.Window);
    private readonly PartitionedRateLimiter<string> reads = Limiter(options.Value.ExpensiveReadsPerWindow, options.Value.Window);
    private readonly PartitionedRateLimiter<string> publicReads = Limiter(options.Value.PublicReadsPerWindow, options.Value.Window);
    private readonly PartitionedRateLimiter<string> exports = Limiter(options.Value.ExportsPerWindow, options.Value.Window);

    public void TakeWrite(string subject) =>
        Take(writes, "write:" + subject, 1, settings.WritesPerWindow, $"Too many writes from this client: at most {settings.WritesPerWindow}");

    public void TakeExpensiveRead(IResolveFieldContext context) =>
        Take(reads, "read:" + ClientOf(context.User, http.HttpContext), 1, settings.ExpensiveReadsPerWindow,
            $"Too many expensive reads (proposal lists, statistics, audit log) from this client: at most {settings.ExpensiveReadsPerWindow}");

    /// <summary>A costly public read of <paramref name="cost"/> units (a geocodeBatch counts its rows): <paramref name="what"/> names it in the refusal.</summary>
    public void TakePublicRead(IResolveFieldContext context, string what, int cost = 1) =>
        Take(publicReads, "public:" + ClientOf(context.User, http.HttpContext), cost, settings.PublicReadsPerWindow,
            $"Too many costly reads from this client ({what} counted): at most {settings.PublicReadsPerWindow} search, geocoding, spatial places and historian text requests (each geocodeBatch row counts)");

    /// <summary>An export started over plain HTTP; the refusal (null when allowed) for the endpoint to answer with 429.</summary>
    public RateLimitedError? TryTakeExport(HttpContext context)
    {
        try
        {
            Take(exports, "export:" + ClientOf(context.User, context), 1, settings.ExportsPerWindow, $"Too many exports from this client: at most {settings.ExportsPerWindow}");
            return null;
        }
        catch (RateLimitedError limited)
        {
            return limited;
        }
    }

    /// <summary>The bearer token's subject when a valid one came along, else the remote address.</summary>
    private static string ClientOf(ClaimsPrincipal? user, HttpContext? context) =>
        (user ?? context?.User)?.FindFirst("sub")?.Value ?? context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private void Take(PartitionedRateLimiter<string> limiter, string client, int cost, int permits, string tooMany)
    {
        if (!settings.RateLimits)
            return;
        var limit = Math.Max(1, permits);
        // A request costing more than the whole budget takes all of it: asking for more would throw.
        using var lease = limiter.AttemptAcquire(client, Math.Clamp(cost, 1, limit));
        if (lease.IsAcquired)
            return;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : settings.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        throw new RateLimitedError(
            $"{tooMany} per {settings.Window.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s. Try again in {seconds} s.", retry);
    }

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
        }));

    public void Dispose()
    {
        writes.Dispose();
        reads.Dispose();
        publicReads.Dispose();
        exports.Dispose();
    }
}
