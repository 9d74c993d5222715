namespace CivilAffairs.Gazetteer.Data.Writes;

/// <summary>A write refused before anything was changed (its transaction rolls back).</summary>
public sealed class WriteRefusedException(WriteRefusal refusal, string message) : Exception(message)
{
    public WriteRefusal Refusal { get; } = refusal;
}
