namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>The government level that approves a category's names (configured per category, table approving_level).</summary>
public enum ApprovingLevel
{
    Province,
    City,
    County,
}
