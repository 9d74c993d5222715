namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>The values of extensions.code that clients can rely on.</summary>
internal static class ErrorCodes
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string Internal = "INTERNAL";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";

    /// <summary>The database (or what the service builds from it) is away for the moment: retry shortly.</summary>
    public const string Unavailable = "UNAVAILABLE";
}
