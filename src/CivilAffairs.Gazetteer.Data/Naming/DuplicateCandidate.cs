using CivilAffairs.Gazetteer.Naming;

namespace CivilAffairs.Gazetteer.Data.Naming;

/// <summary>A registered place or POI that may be the submitted one, with why and how far.</summary>
/// <param name="Score">In (0, 1]: the match's weight, lowered with distance; candidates are ranked by it.</param>
/// <param name="Why">The reason in words, for the reviewer: "same reading jiacun (贾村 / 家村), 240 m away".</param>
public sealed record DuplicateCandidate(
    DuplicateSource Source,
    long Id,
    string Name,
    string Category,
    double DistanceMeters,
    NameMatch Match,
    double Score,
    string Why);
