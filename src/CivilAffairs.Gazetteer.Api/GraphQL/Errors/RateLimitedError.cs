using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>Too many writes or expensive reads from one client: LIMIT_EXCEEDED, and the HTTP answer is 429 with Retry-After.</summary>
internal sealed class RateLimitedError : ExecutionError
{
    public RateLimitedError(string message, TimeSpan retryAfter) : base(message)
    {
        Code = ErrorCodes.LimitExceeded;
        RetryAfter = retryAfter;
    }

    public TimeSpan RetryAfter { get; }
}
