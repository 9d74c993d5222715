namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// A part of the service that is built from PostGIS (the search index, the division hierarchy) is not
/// there yet, typically because the database was away at start: the request may succeed a moment later.
/// </summary>
public sealed class NotReadyException(string message) : InvalidOperationException(message);
