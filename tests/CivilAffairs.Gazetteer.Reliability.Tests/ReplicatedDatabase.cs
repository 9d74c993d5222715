namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>A throwaway primary with a real streaming replica beside it.</summary>
public sealed class ReplicatedDatabase : ThrowawayDatabase
{
    protected override bool WithReplica => true;
}
