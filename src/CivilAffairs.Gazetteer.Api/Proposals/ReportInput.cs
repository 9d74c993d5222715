using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ReportInput
{
    public ReportKind Kind { get; set; }
    public string Reference { get; set; } = "";
    public string? Summary { get; set; }
}
