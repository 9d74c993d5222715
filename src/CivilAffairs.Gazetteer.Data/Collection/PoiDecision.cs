namespace CivilAffairs.Gazetteer.Data.Collection;

/// <summary>A reviewer's decision on a collected name: a new place, the same as an existing place, or not kept.</summary>
public enum PoiDecision
{
    Accept,
    Merge,
    Reject,
}
