namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>One 沿革 event (named, renamed, merged, split, transferred, abolished) with the names before and after it.</summary>
internal sealed record NameEvent(long Id, string Kind, int Year, bool Approximate, string? Note, string? Source, string Provenance,
    IReadOnlyList<NameEventSide> From, IReadOnlyList<NameEventSide> To)
{
    public bool Involves(long historicalNameId) => From.Concat(To).Any(s => s.HistoricalNameId == historicalNameId);
}

/// <summary>A name on one side of an event: the historical_name row when held, or a division, or the name alone.</summary>
internal sealed record NameEventSide(string Name, long? HistoricalNameId, long? DivisionId);
