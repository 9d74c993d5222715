using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>A name to check, as a clerk or a proposal gives it.</summary>
/// <param name="Name">The proposed name in Chinese characters (贾村, 平陆县).</param>
/// <param name="Category">The category code of data/categories.csv (county, township, village_committee, road, ...).</param>
/// <param name="Division">Where the named thing lies: the unit it belongs to (a county for a new township, a township for a village).</param>
/// <param name="Kind">Naming, renaming or retiring.</param>
/// <param name="TargetPlaceId">The place renamed or retired; it does not conflict with its own new name.</param>
/// <param name="Romanization">The romanization the applicant wrote, if any (Hóngtóng Xiàn).</param>
/// <param name="ProposalId">The proposal being checked, so it does not conflict with itself.</param>
public sealed record NameCheckRequest(
    string Name,
    string Category,
    DivisionCode Division,
    ProposalKind Kind = ProposalKind.Name,
    long? TargetPlaceId = null,
    string? Romanization = null,
    long? ProposalId = null);
