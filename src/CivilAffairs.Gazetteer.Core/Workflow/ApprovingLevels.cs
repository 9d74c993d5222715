namespace CivilAffairs.Gazetteer.Workflow;

public static class ApprovingLevels
{
    /// <summary>Digits of the jurisdiction of a government at the level: 14, 1410, 141024.</summary>
    public static int PrefixLength(this ApprovingLevel level) => level switch
    {
        ApprovingLevel.Province => 2,
        ApprovingLevel.City => 4,
        _ => 6,
    };

    /// <summary>
    /// An approver decides a proposal only when the jurisdiction is that of the approving level or
    /// above: a county approver cannot approve a township's name, the province can approve anything.
    /// </summary>
    public static bool MayDecide(this ApprovingLevel level, Actor actor) => actor.Jurisdiction.Length <= level.PrefixLength();
}
