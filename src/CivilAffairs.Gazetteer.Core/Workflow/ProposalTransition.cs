namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>
/// One allowed step of the workflow: who may take it (at least <see cref="Role"/>, or the
/// applicant who submitted it when <see cref="ApplicantMay"/>), the reports the proposal must
/// carry by then, and whether a reason is required.
/// </summary>
public sealed record ProposalTransition(
    ProposalState From, ProposalState To, Role Role, bool ApplicantMay, IReadOnlyList<ReportKind> RequiredReports, bool NeedsNote);
