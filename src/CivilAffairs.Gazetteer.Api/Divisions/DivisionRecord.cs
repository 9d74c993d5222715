using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Api.Divisions;

/// <summary>One current row of division, as the API reads it (the boundary is loaded apart: it is large).</summary>
internal sealed record DivisionRecord(
    long Id,
    DivisionCode Code,
    string Name,
    bool IsStatisticalZone,
    DivisionCode? ParentCode,
    DateOnly? ValidFrom,
    DateOnly? ValidTo);
