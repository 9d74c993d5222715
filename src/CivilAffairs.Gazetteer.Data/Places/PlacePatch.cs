using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// A direct edit of a registered place's descriptive record: each part null is left as it is; an
/// empty text clears it, an empty alias list removes the aliases. The name itself is not here: a
/// new name goes through a RENAME proposal.
/// </summary>
public sealed record PlacePatch(string? Meaning, string? Origin, string? History, IReadOnlyList<string>? Aliases, Geometry? Geometry)
{
    public bool IsEmpty => Meaning is null && Origin is null && History is null && Aliases is null && Geometry is null;
}
