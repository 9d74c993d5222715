namespace CivilAffairs.Gazetteer.Naming;

/// <summary>A registry entry a proposed name collides with: a current place (or division's place) or a pending proposal.</summary>
/// <param name="Source">Where it is registered.</param>
/// <param name="Id">The place's or the proposal's id.</param>
/// <param name="Name">Its name as registered.</param>
/// <param name="Category">Its category code (county, township, village_committee, ...).</param>
/// <param name="DivisionCode">The 12-digit code of the division it lies in.</param>
/// <param name="State">The place's status (current) or the proposal's state (submitted, review, ...).</param>
public sealed record NameConflict(ConflictSource Source, long Id, string Name, string Category, string DivisionCode, string State);
