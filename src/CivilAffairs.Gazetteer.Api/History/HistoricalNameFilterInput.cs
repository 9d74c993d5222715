using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>The HistoricalNameFilter argument as the client sent it, before validation.</summary>
internal sealed class HistoricalNameFilterInput
{
    public string? Text { get; set; }
    public string? Dynasty { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public string? ListLevel { get; set; }
    public string? Category { get; set; }
    public string? Status { get; set; }
    public string? DivisionCode { get; set; }
    public Geometry? Within { get; set; }
}
