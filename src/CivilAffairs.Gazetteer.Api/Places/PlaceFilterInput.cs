namespace CivilAffairs.Gazetteer.Api.Places;

/// <summary>The PlaceFilter argument as the client sent it, before validation.</summary>
internal sealed class PlaceFilterInput
{
    public string? DivisionCode { get; set; }
    public List<string>? Categories { get; set; }
    public List<PlaceStatus>? Statuses { get; set; }
    public List<Provenance>? Provenance { get; set; }
    public List<double>? Bbox { get; set; }
}
