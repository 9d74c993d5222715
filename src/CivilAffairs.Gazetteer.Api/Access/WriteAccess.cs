using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Data.Access;
using CivilAffairs.Gazetteer.Workflow;
using GraphQL;

namespace CivilAffairs.Gazetteer.Api.Access;

internal static class WriteAccess
{
    /// <summary>
    /// The writer of a mutation, from its validated token, after the client's write allowance is
    /// taken; UNAUTHENTICATED when there is no valid token (saying what was wrong with it).
    /// </summary>
    public static Actor RequireActor(this IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var key = services.GetRequiredService<KeyState>();
        if (!key.Configured)
            throw new UnauthenticatedError($"Writes are refused: {key.Problem}.");
        var http = services.GetRequiredService<IHttpContextAccessor>().HttpContext;
        var actor = context.User is { Identity.IsAuthenticated: true } user ? AccessTokens.ActorOf(user) : null;
        if (actor is null)
            throw new UnauthenticatedError(TokenProblem.Get(http) is { } problem
                ? $"Writes need a valid access token, and {problem}."
                : "Writes need an access token: send Authorization: Bearer TOKEN (issue one with gazetteer token --role ROLE --jurisdiction CODE --subject NAME).");
        services.GetRequiredService<ClientRateLimits>().TakeWrite(actor.Subject);
        return actor;
    }
}
