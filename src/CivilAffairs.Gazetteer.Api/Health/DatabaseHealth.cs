using System.Text.Json.Serialization;

namespace CivilAffairs.Gazetteer.Api.Health;

/// <summary>Whether a database answered, and why it cannot serve when it cannot.</summary>
internal sealed record DatabaseHealth(bool Reachable, string? Problem)
{
    [JsonIgnore]
    public bool Ready => Reachable && Problem is null;
}
