namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>One step of a proposal's history (proposal_event); Reports is a JSON array.</summary>
internal sealed record ProposalEventRow(long ProposalId, DateTimeOffset At, string Actor, string? FromState, string ToState, string Note, string Reports);
