namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>What a proposal asks for: a new name (命名), a new name for a place (更名), or retiring one (销名).</summary>
public enum ProposalKind
{
    Name,
    Rename,
    Retire,
}
