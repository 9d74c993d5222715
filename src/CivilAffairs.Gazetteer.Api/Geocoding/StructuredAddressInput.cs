namespace CivilAffairs.Gazetteer.Api.Geocoding;

/// <summary>The StructuredAddressInput argument as the client sent it.</summary>
internal sealed class StructuredAddressInput
{
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? County { get; set; }
    public string? Township { get; set; }
    public string? Village { get; set; }
    public string? Detail { get; set; }
    public DateOnly? AsOf { get; set; }
}
