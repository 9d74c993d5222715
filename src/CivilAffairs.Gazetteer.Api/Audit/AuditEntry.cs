namespace CivilAffairs.Gazetteer.Api.Audit;

/// <summary>One change_log row: what was written, by whom, when, the row before and after (JSON).</summary>
internal sealed record AuditEntry(long Seq, DateTimeOffset At, string Entity, string EntityId, string Op, string Actor, string? Before, string? After, string? Reason);
