using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>A report attached to a step: its kind, where the document is (file number, archive reference), a summary.</summary>
public sealed record ProposalReport(ReportKind Kind, string Reference, string? Summary);
