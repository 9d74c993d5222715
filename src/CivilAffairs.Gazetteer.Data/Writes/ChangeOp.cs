namespace CivilAffairs.Gazetteer.Data.Writes;

/// <summary>change_log.op: what a write did to its row. Nothing is deleted: a place is retired.</summary>
public enum ChangeOp
{
    Insert,
    Update,
    Retire,
}
