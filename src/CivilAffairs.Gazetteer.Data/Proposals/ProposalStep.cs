using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>A requested transition: to which state, from the version the client read, why, with which reports.</summary>
public sealed record ProposalStep(long ProposalId, int Version, ProposalState To, string? Note, IReadOnlyList<ProposalReport> Reports);
