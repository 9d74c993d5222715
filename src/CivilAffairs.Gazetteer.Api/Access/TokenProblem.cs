namespace CivilAffairs.Gazetteer.Api.Access;

/// <summary>Why a bearer token sent with the request was not accepted, kept for the error a write then answers with.</summary>
internal static class TokenProblem
{
    private const string Key = "gazetteer.token-problem";

    public static void Set(HttpContext http, string problem) => http.Items[Key] = problem;

    public static string? Get(HttpContext? http) => http?.Items.TryGetValue(Key, out var value) == true ? value as string : null;
}
