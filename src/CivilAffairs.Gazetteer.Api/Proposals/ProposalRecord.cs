using CivilAffairs.Gazetteer.Workflow;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.Proposals;

/// <summary>A proposal as the API reads it; <see cref="Checks"/> is the stored JSON of the name checks (null when never checked).</summary>
internal sealed record ProposalRecord(
    long Id, ProposalKind Kind, ProposalState State, string Name, string Category, string DivisionCode, Geometry? Geometry,
    string? Rationale, string Applicant, long? TargetPlaceId, long? PlaceId, DateOnly? ApprovedOn, DateOnly? FiledOn, DateOnly? AnnouncedOn,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Provenance, int Version, string? Checks, DateTimeOffset? CheckedAt, string? ApprovingLevel);
