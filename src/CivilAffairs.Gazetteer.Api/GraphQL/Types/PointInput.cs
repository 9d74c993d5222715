namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>The PointInput argument as the client sent it (WGS84 degrees).</summary>
internal sealed class PointInput
{
    public double Lon { get; set; }
    public double Lat { get; set; }
}
