using CivilAffairs.Gazetteer.Workflow;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalInput
{
    public ProposalKind Kind { get; set; }
    public string? ProposedName { get; set; }
    public string Category { get; set; } = "";
    public string DivisionCode { get; set; } = "";
    public Geometry? Geometry { get; set; }
    public string? Rationale { get; set; }
    public string? Target { get; set; }
    public string? Applicant { get; set; }
    public bool Draft { get; set; }
}
