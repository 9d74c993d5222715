using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>A place filter as the client sent it (GraphQL argument or command-line options), before validation.</summary>
public sealed class PlaceFilterInput
{
    public string? DivisionCode { get; set; }
    public List<string>? Categories { get; set; }
    public List<PlaceStatus>? Statuses { get; set; }
    public List<Provenance>? Provenance { get; set; }
    public string? Text { get; set; }
    public List<double>? Bbox { get; set; }
    public PointInput? Near { get; set; }
    public double? RadiusMeters { get; set; }
    public Geometry? Within { get; set; }
    public string? WithinWkt { get; set; }
    public Geometry? Intersects { get; set; }
    public string? IntersectsWkt { get; set; }
    public string? InDivision { get; set; }
}
