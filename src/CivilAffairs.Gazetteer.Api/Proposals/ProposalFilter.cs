using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Api.Proposals;

/// <summary>The proposals(filter) argument: states, a division-code prefix, overdue only, an applicant, a kind.</summary>
internal sealed class ProposalFilter
{
    public List<ProposalState>? States { get; set; }
    public string? DivisionCode { get; set; }
    public bool? Overdue { get; set; }
    public string? Applicant { get; set; }
    public ProposalKind? Kind { get; set; }
}
