namespace CivilAffairs.Gazetteer.Api.Places;

/// <summary>Where a name stands in its life; stored lower-case in place.status.</summary>
internal enum PlaceStatus
{
    Current,
    Proposed,
    Historical,
    Retired,
}
