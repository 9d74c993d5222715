namespace CivilAffairs.Gazetteer.Api.Audit;

/// <summary>The auditLog(filter) argument.</summary>
internal sealed class AuditFilter
{
    public string? Entity { get; set; }
    public string? EntityId { get; set; }
    public string? Actor { get; set; }
    public DateTimeOffset? Since { get; set; }
    public DateTimeOffset? Until { get; set; }
}
