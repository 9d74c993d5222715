namespace CivilAffairs.Gazetteer.Api.Proposals;

/// <summary>One step of a proposal's history: who moved it from which state to which, when, why, with which reports (JSON).</summary>
internal sealed record ProposalEventRecord(long ProposalId, DateTimeOffset At, string Actor, string? From, string To, string? Note, string Reports);
