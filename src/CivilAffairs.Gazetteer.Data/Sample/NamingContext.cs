namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The real names around a generated place (its county, township and nearest village without
/// their generics): facilities and features are named after the local place name (art. 9).
/// </summary>
internal sealed record NamingContext(string County, string Township, string Village);
