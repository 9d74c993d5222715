using CivilAffairs.Gazetteer.Naming;

namespace CivilAffairs.Gazetteer.Data.Naming;

/// <summary>What the registry holds for one name check, read in one round trip.</summary>
internal sealed record NamingLookup(
    bool CategoryKnown,
    IReadOnlyList<LocalUnit> Chain,
    TargetPlace? Target,
    IReadOnlyList<ProtectionListing> Listings,
    IReadOnlyList<RegisteredName> InScope);
