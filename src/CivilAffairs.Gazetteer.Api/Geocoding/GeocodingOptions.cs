namespace CivilAffairs.Gazetteer.Api.Geocoding;

/// <summary>Configuration section "Geocoding".</summary>
internal sealed class GeocodingOptions
{
    public const string Section = "Geocoding";

    /// <summary>How often change_log is polled for division changes and imports; a new division is geocoded within about this long.</summary>
    public TimeSpan FollowInterval { get; set; } = TimeSpan.FromSeconds(1);
}
