namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

/// <summary>A clock the test moves: deadlines are days after approval, which a test cannot wait for.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
