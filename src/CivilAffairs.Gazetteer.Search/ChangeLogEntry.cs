namespace CivilAffairs.Gazetteer.Search;

/// <summary>One row of change_log as the follower needs it.</summary>
internal sealed record ChangeLogEntry(long Seq, string Entity, string EntityId, string Op);
