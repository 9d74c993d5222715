namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// A filter, order or cursor the caller can correct; the message says how. The API answers it
/// as BAD_USER_INPUT, the command line as a usage error.
/// </summary>
public sealed class InvalidPlaceQueryException(string message) : Exception(message);
