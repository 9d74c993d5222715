namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>A former name the address used, and the admin change that leads to today's unit (长治县 → 上党区, 2018); <see cref="Change"/> is the last change followed.</summary>
public sealed record FollowedChange(string FormerName, string FormerCode, string CurrentName, string CurrentCode, DateOnly Date, string Kind, AdminChangeRecord Change);
