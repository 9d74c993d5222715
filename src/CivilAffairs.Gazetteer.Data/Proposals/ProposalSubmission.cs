using CivilAffairs.Gazetteer.Workflow;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>
/// A new proposal as submitted. <see cref="ProposedName"/> may be left out for a retirement (the
/// target's name is taken); <see cref="TargetPlaceId"/> is required for a rename or retirement.
/// <see cref="Applicant"/> is the applying body (a township government); the token's subject when left out.
/// </summary>
public sealed record ProposalSubmission(
    ProposalKind Kind, string? ProposedName, string Category, string DivisionCode, Geometry? Geometry, string? Rationale,
    long? TargetPlaceId, string? Applicant, bool AsDraft);
