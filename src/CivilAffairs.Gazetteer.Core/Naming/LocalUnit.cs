namespace CivilAffairs.Gazetteer.Naming;

/// <summary>A unit of the division chain a name lies in (county, township, village), with its name and short name.</summary>
public sealed record LocalUnit(string Code, string Name, string? ShortName);
