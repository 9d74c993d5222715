using CivilAffairs.Gazetteer.Api.Workflow;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalConnectionGraphType() : PageConnectionGraphType<ProposalRecord, ProposalEdgeGraphType>("ProposalConnection", "proposals");
