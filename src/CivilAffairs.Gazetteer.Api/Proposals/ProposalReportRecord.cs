namespace CivilAffairs.Gazetteer.Api.Proposals;

/// <summary>A report attached to a step; the sample's reports carry only their kind.</summary>
internal sealed record ProposalReportRecord(string Kind, string? Reference, string? Summary)
{
    public static IReadOnlyList<ProposalReportRecord> Parse(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(e => e.ValueKind == System.Text.Json.JsonValueKind.String
            ? new ProposalReportRecord(e.GetString()!, null, null)
            : new ProposalReportRecord(
                e.TryGetProperty("kind", out var k) ? k.GetString() ?? "" : "",
                e.TryGetProperty("reference", out var r) ? r.GetString() : null,
                e.TryGetProperty("summary", out var s) && s.ValueKind == System.Text.Json.JsonValueKind.String ? s.GetString() : null)).ToList();
    }
}
