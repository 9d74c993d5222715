namespace CivilAffairs.Gazetteer.Api.Access;

/// <summary>Whether the service has a signing key; without one it accepts no writes and says why.</summary>
internal sealed record KeyState(bool Configured, string? Problem);
