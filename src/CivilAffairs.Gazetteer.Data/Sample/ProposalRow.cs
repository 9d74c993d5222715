using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// A generated initiative proposal with the events that brought it to its state; <see cref="PlaceId"/> is the
/// place a standard or signed proposal created (kind name) or decided on (rename, retire).
/// </summary>
internal sealed record ProposalRow(
    long Id, string Kind, string State, NameParts Name, string Category, string DivisionCode, Point Point, string Rationale,
    string Applicant, long? TargetPlaceId, long? PlaceId, DateOnly? ApprovedOn, DateOnly? FiledOn, DateOnly? AnnouncedOn,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<ProposalEventRow> Events, Romanization Romanization)
{
    /// <summary>Marks the made-up user a sample proposal was submitted by: "sample:" and the applicant.</summary>
    public const string SampleUserPrefix = "sample:";

    /// <summary>
    /// The token subject that submitted it: a sample user named after the applicant and marked sample,
    /// so the applicant-only steps (withdrawing) have someone to match, and nobody takes it for a real account.
    /// </summary>
    public string SubmittedBy => SampleUserPrefix + Applicant;
}
