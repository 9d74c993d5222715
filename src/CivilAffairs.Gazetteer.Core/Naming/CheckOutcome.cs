namespace CivilAffairs.Gazetteer.Naming;

/// <summary>What one naming rule says about a proposed name.</summary>
public enum CheckOutcome
{
    /// <summary>The rule is met, or does not apply to this kind of name.</summary>
    Pass,

    /// <summary>A person should look: the regulation asks to avoid this, or a list matched a word that may be innocent.</summary>
    Warning,

    /// <summary>The name breaks the rule: it should not be approved as it stands.</summary>
    Violation,
}
