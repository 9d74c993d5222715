using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.Proposals;

namespace CivilAffairs.Gazetteer.Api.Workflow;

/// <summary>The batch loaders of the workflow's types, one set per request: proposal histories.</summary>
internal sealed class WorkflowLoaders(ProposalQueries proposals)
{
    public BatchLoader<long, IReadOnlyList<ProposalEventRecord>> ProposalEvents { get; } = new(proposals.EventsAsync);
}
