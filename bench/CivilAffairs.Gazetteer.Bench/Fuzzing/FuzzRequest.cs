namespace CivilAffairs.Gazetteer.Bench.Fuzzing;

/// <summary>One hostile request: what kind of abuse it is, and the HTTP it sends.</summary>
internal sealed record FuzzRequest(string Kind, HttpMethod Method, string PathAndQuery, string? ContentType, byte[]? Body)
{
    public string Describe(int max = 300)
    {
        var body = Body is null ? "" : System.Text.Encoding.UTF8.GetString(Body);
        var text = $"{Method} {PathAndQuery} [{ContentType}] {body}";
        return text.Length <= max ? text : text[..max] + $"... ({Body?.Length ?? 0} bytes)";
    }
}
