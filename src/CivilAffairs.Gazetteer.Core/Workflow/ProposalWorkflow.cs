namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>
/// The workflow of DOMAIN.md: DRAFT → SUBMITTED → ACCEPTED → ASSESSING → REVIEW → APPROVED |
/// REJECTED | WITHDRAWN → FILED → ANNOUNCED → STANDARD → SIGNED. Rejection is possible once a
/// proposal is accepted and until it is decided; the applicant may withdraw it until then.
/// </summary>
public static class ProposalWorkflow
{
    /// <summary>Filing and announcement are due within this many days of approval (art. 13, 14).</summary>
    public const int PublicationDays = 15;

    private static readonly ReportKind[] None = [];
    private static readonly ReportKind[] AllReports = [ReportKind.Assessment, ReportKind.ExpertReview, ReportKind.PublicConsultation];

    public static IReadOnlyList<ProposalTransition> Transitions { get; } =
    [
        new(ProposalState.Draft, ProposalState.Submitted, Role.Collector, ApplicantMay: true, None, NeedsNote: false),
        new(ProposalState.Submitted, ProposalState.Accepted, Role.Reviewer, ApplicantMay: false, None, NeedsNote: false),
        new(ProposalState.Accepted, ProposalState.Assessing, Role.Reviewer, ApplicantMay: false, None, NeedsNote: false),
        new(ProposalState.Assessing, ProposalState.Review, Role.Reviewer, ApplicantMay: false, AllReports, NeedsNote: false),
        new(ProposalState.Review, ProposalState.Approved, Role.Approver, ApplicantMay: false, AllReports, NeedsNote: false),
        new(ProposalState.Accepted, ProposalState.Rejected, Role.Reviewer, ApplicantMay: false, None, NeedsNote: true),
        new(ProposalState.Assessing, ProposalState.Rejected, Role.Reviewer, ApplicantMay: false, None, NeedsNote: true),
        new(ProposalState.Review, ProposalState.Rejected, Role.Approver, ApplicantMay: false, None, NeedsNote: true),
        new(ProposalState.Draft, ProposalState.Withdrawn, Role.Admin, ApplicantMay: true, None, NeedsNote: false),
        new(ProposalState.Submitted, ProposalState.Withdrawn, Role.Admin, ApplicantMay: true, None, NeedsNote: false),
        new(ProposalState.Accepted, ProposalState.Withdrawn, Role.Admin, ApplicantMay: true, None, NeedsNote: false),
        new(ProposalState.Assessing, ProposalState.Withdrawn, Role.Admin, ApplicantMay: true, None, NeedsNote: false),
        new(ProposalState.Review, ProposalState.Withdrawn, Role.Admin, ApplicantMay: true, None, NeedsNote: false),
        new(ProposalState.Approved, ProposalState.Filed, Role.Reviewer, ApplicantMay: false, None, NeedsNote: false),
        new(ProposalState.Filed, ProposalState.Announced, Role.Approver, ApplicantMay: false, None, NeedsNote: false),
        new(ProposalState.Announced, ProposalState.Standard, Role.Reviewer, ApplicantMay: false, None, NeedsNote: false),
        new(ProposalState.Standard, ProposalState.Signed, Role.Collector, ApplicantMay: false, None, NeedsNote: false),
    ];

    public static ProposalTransition? Find(ProposalState from, ProposalState to) =>
        Transitions.FirstOrDefault(t => t.From == from && t.To == to);

    /// <summary>The states a proposal in <paramref name="from"/> can move to, for error messages.</summary>
    public static IReadOnlyList<ProposalState> Next(ProposalState from) =>
        Transitions.Where(t => t.From == from).Select(t => t.To).ToList();

    /// <summary>The date by which a proposal approved on <paramref name="approvedOn"/> must be filed and announced.</summary>
    public static DateOnly PublicationDue(DateOnly approvedOn) => approvedOn.AddDays(PublicationDays);
}
