namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>The states of a naming, renaming or retiring proposal (stored lower-case).</summary>
public enum ProposalState
{
    Draft,
    Submitted,
    Accepted,
    Assessing,
    Review,
    Approved,
    Rejected,
    Withdrawn,
    Filed,
    Announced,
    Standard,
    Signed,
}
