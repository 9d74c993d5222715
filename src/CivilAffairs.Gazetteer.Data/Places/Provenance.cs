namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>Where a record comes from; stored lower-case in the provenance columns.</summary>
public enum Provenance
{
    /// <summary>Published by an authority (the statistical division codes, the department's files).</summary>
    Official,
    /// <summary>Generated to full scale for testing and demonstration; never official.</summary>
    Sample,
    /// <summary>Computed from other data, such as a point placed inside a county polygon.</summary>
    Derived,
    /// <summary>Collected in the field and not yet reviewed.</summary>
    Collected,
}
