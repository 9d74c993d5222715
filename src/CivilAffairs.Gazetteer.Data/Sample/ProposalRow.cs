using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>A generated initiative proposal with the events that brought it to its state.</summary>
internal sealed record ProposalRow(
    long Id, string Kind, string State, NameParts Name, string Category, string DivisionCode, Point Point, string Rationale,
    string Applicant, long? TargetPlaceId, DateOnly? ApprovedOn, DateOnly? FiledOn, DateOnly? AnnouncedOn,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<ProposalEventRow> Events, Romanization? Romanization);
