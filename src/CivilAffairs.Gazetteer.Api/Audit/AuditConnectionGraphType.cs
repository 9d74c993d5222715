using CivilAffairs.Gazetteer.Api.Workflow;

namespace CivilAffairs.Gazetteer.Api.Audit;

internal sealed class AuditConnectionGraphType() : PageConnectionGraphType<AuditEntry, AuditEdgeGraphType>("AuditConnection", "audit entries");
