namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// When a name arose and the years it was in use, each end with its precision (year, decade,
/// century, dynasty) and an approximate flag. Years have no 0: -221 is 221 BCE; a null end is unknown or still in use.
/// </summary>
internal sealed record HistoricalYears(
    string AroseEra, int AroseYear,
    int Begin, string BeginPrecision, bool BeginApproximate,
    int? End, string EndPrecision, bool EndApproximate);
