namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>Where a name stands in its life; stored lower-case in place.status.</summary>
public enum PlaceStatus
{
    Current,
    Proposed,
    Historical,
    Retired,
}
