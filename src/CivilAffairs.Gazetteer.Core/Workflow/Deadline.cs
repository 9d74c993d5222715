namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>A dated obligation of an approved proposal: filing (备案) or announcement (公告), each due 15 days after approval.</summary>
public sealed record Deadline(string Kind, DateOnly Due, DateOnly? DoneOn, bool Overdue)
{
    /// <summary>Null while it is not done; otherwise whether it was done by the due date.</summary>
    public bool? Met => DoneOn is { } done ? done <= Due : null;

    public static IReadOnlyList<Deadline> Of(DateOnly? approvedOn, DateOnly? filedOn, DateOnly? announcedOn, DateOnly today)
    {
        if (approvedOn is not { } approved)
            return [];
        var due = ProposalWorkflow.PublicationDue(approved);
        return
        [
            new Deadline("FILING", due, filedOn, filedOn is null && today > due),
            new Deadline("ANNOUNCEMENT", due, announcedOn, announcedOn is null && today > due),
        ];
    }
}
