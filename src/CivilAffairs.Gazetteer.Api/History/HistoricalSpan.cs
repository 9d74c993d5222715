namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>The years a name was in use, each end with its precision (year, decade, century, dynasty) and an approximate flag.</summary>
internal sealed record HistoricalSpan(int? Begin, int? End, string BeginPrecision, string EndPrecision, bool BeginApproximate, bool EndApproximate)
{
    /// <summary>True when the name was in use at some point of [from, to]; an unknown end counts as still in use, an unknown start as never.</summary>
    public bool Overlaps(int from, int to) => Begin is { } begin && begin <= to && (End is not { } end || end >= from);
}
