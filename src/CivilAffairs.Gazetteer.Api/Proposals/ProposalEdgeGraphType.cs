using CivilAffairs.Gazetteer.Api.Workflow;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalEdgeGraphType() : PageEdgeGraphType<ProposalRecord, ProposalGraphType>("ProposalEdge", "A proposal");
