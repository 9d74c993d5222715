using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>A unit of the 2023 statistical division codes, as read from data/divisions-2023.</summary>
internal sealed record DivisionUnit(DivisionCode Code, string Name, DivisionCode? Parent);
