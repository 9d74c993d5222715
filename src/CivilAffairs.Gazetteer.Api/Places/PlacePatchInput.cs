using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.Places;

internal sealed class PlacePatchInput
{
    public string? Meaning { get; set; }
    public string? Origin { get; set; }
    public string? History { get; set; }
    public List<string>? Aliases { get; set; }
    public Geometry? Geometry { get; set; }
}
