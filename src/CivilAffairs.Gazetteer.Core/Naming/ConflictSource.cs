namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Where a conflicting name is registered.</summary>
public enum ConflictSource
{
    /// <summary>A current place of the registry (division places included).</summary>
    Place,

    /// <summary>A proposal still in the workflow (submitted up to announced).</summary>
    Proposal,
}
