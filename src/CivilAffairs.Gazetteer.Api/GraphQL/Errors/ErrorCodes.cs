namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>The values of extensions.code that clients can rely on.</summary>
internal static class ErrorCodes
{
    /// <summary>An argument, variable or document the client can correct; the message says how.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";
    /// <summary>A well-formed identifier that names nothing.</summary>
    public const string NotFound = "NOT_FOUND";
    /// <summary>A write without a valid bearer token.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";
    /// <summary>A write the token's role or jurisdiction does not allow.</summary>
    public const string Forbidden = "FORBIDDEN";
    /// <summary>A request beyond a limit: size, depth, complexity, page size, batch size.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    /// <summary>The request ran longer than the service allows for one request.</summary>
    public const string Timeout = "TIMEOUT";
    /// <summary>The service failed; the message carries no details.</summary>
    public const string Internal = "INTERNAL";
    /// <summary>A write against a version that has changed since it was read.</summary>
    public const string Conflict = "CONFLICT";
    /// <summary>The service cannot answer for now (starting, or a dependency is down); try again.</summary>
    public const string Unavailable = "UNAVAILABLE";
}
