namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>A real township or village unit of a county: its 12-digit code, name and name without generic.</summary>
internal sealed record LocalUnit(string Code, string Name, string Specific);
