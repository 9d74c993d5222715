using CivilAffairs.Gazetteer.Api.Workflow;

namespace CivilAffairs.Gazetteer.Api.Audit;

internal sealed class AuditEdgeGraphType() : PageEdgeGraphType<AuditEntry, AuditEntryGraphType>("AuditEdge", "An audit entry");
