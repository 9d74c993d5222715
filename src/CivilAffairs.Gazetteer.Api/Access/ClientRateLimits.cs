using System.Threading.RateLimiting;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using GraphQL;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Gazetteer.Api.Access;

/// <summary>
/// Per-client fixed windows (System.Threading.RateLimiting, as ASP.NET Core's rate limiting uses)
/// for writes, by token subject, and for expensive reads, by subject or else remote address.
/// The limit is taken inside the field, where the operation is known; the HTTP answer is 429.
/// </summary>
internal sealed class ClientRateLimits(IOptions<AccessOptions> options, IHttpContextAccessor http) : IDisposable
{
    private readonly PartitionedRateLimiter<string> writes = Limiter(options.Value.WritesPerWindow, options.Value.Window);
    private readonly PartitionedRateLimiter<string> reads = Limiter(options.Value.ExpensiveReadsPerWindow, options.Value.Window);

    public void TakeWrite(string subject) => Take(writes, "write:" + subject, "writes");

    public void TakeExpensiveRead(IResolveFieldContext context)
    {
        var client = context.User?.FindFirst("sub")?.Value ?? http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        Take(reads, "read:" + client, "expensive reads (proposal lists, statistics, audit log)");
    }

    private void Take(PartitionedRateLimiter<string> limiter, string client, string what)
    {
        using var lease = limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
            return;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : options.Value.Window;
        throw new RateLimitedError($"Too many {what} from this client: at most {(what == "writes" ? options.Value.WritesPerWindow : options.Value.ExpensiveReadsPerWindow)} per {options.Value.Window.TotalSeconds:0} s. Try again in {Math.Ceiling(retry.TotalSeconds):0} s.", retry);
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
    }
}
