namespace CivilAffairs.Gazetteer.Data.Changes;

/// <summary>
/// One row of change_log: what was written (entity and id), how (insert, update, retire, or a bulk
/// import), by whom and when, with the row's image before and after as JSON text when asked for.
/// </summary>
public sealed record ChangeRecord(long Seq, DateTimeOffset At, string Entity, string EntityId, string Op, string Actor, string? Before, string? After);
