namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Why a name check could not run.</summary>
public enum NameCheckProblem
{
    /// <summary>The name, category, code or romanization is malformed.</summary>
    BadInput,

    /// <summary>The division code or the target place names nothing current in the registry.</summary>
    NotFound,
}
