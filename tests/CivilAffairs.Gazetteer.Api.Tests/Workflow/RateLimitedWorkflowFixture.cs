namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

/// <summary>The workflow API with a small write allowance per client, to see the limit answer.</summary>
public sealed class RateLimitedWorkflowFixture : WorkflowApiFixture
{
    public const int Writes = 3;

    protected override int WritesPerWindow => Writes;
}
