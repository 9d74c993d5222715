namespace CivilAffairs.Gazetteer.Api.Collection;

internal sealed class PoiInput
{
    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
    public double Lon { get; set; }
    public double Lat { get; set; }
    public string? Photo { get; set; }
    public string? Note { get; set; }
}
