namespace CivilAffairs.Gazetteer.Api.Health;

/// <summary>Whether the database answered, and why not when it did not.</summary>
internal sealed record DatabaseHealth(bool Reachable, string? Problem);
