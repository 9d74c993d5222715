using GraphQL;

namespace CivilAffairs.Gazetteer.Api.Access;

internal static class ReadAccess
{
    /// <summary>
    /// Takes <paramref name="cost"/> from the client's allowance of costly public reads
    /// (Auth:PublicReadsPerWindow); LIMIT_EXCEEDED with HTTP 429 and Retry-After when it is spent.
    /// </summary>
    public static void TakePublicRead(this IResolveFieldContext context, string what, int cost = 1) =>
        context.RequestServices!.GetRequiredService<ClientRateLimits>().TakePublicRead(context, what, cost);
}
