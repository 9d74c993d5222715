namespace CivilAffairs.Gazetteer.Data.Naming;

/// <summary>Where a possible duplicate of a submitted POI is registered.</summary>
public enum DuplicateSource
{
    /// <summary>A current place of the registry.</summary>
    Place,

    /// <summary>A POI already collected (pending review or accepted).</summary>
    Poi,
}
