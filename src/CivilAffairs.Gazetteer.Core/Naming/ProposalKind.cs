namespace CivilAffairs.Gazetteer.Naming;

/// <summary>What a proposal does to the registry.</summary>
public enum ProposalKind
{
    /// <summary>命名: names something new.</summary>
    Name,

    /// <summary>更名: gives an existing place a new name.</summary>
    Rename,

    /// <summary>销名: retires a name; the place keeps its history.</summary>
    Retire,
}
