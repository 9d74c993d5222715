using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Api.Places;

/// <summary>
/// A validated filter over places; every part narrows the result (AND). Division prefixes are
/// the short codes (141024) of the units the place must lie in.
/// </summary>
internal sealed record PlaceFilter(
    IReadOnlyList<string> DivisionPrefixes,
    IReadOnlyList<string> Categories,
    IReadOnlyList<PlaceStatus> Statuses,
    IReadOnlyList<Provenance> Provenances,
    BoundingBox? BoundingBox)
{
    public static PlaceFilter None { get; } = new([], [], [], [], null);

    /// <exception cref="BadUserInputError">A part of the input is malformed.</exception>
    public static PlaceFilter From(PlaceFilterInput? input)
    {
        if (input is null)
            return None;
        var prefixes = new List<string>();
        if (input.DivisionCode is not null)
        {
            if (!DivisionCode.TryParse(input.DivisionCode, out var code))
                throw new BadUserInputError("filter.divisionCode: " + DivisionCode.Explain(input.DivisionCode));
            prefixes.Add(code.Short);
        }
        return new PlaceFilter(
            prefixes,
            input.Categories ?? [],
            input.Statuses ?? [],
            input.Provenance ?? [],
            input.Bbox is null ? null : BoundingBox.From(input.Bbox));
    }

    /// <summary>This filter, further limited to the places inside the division <paramref name="code"/>.</summary>
    public PlaceFilter Within(DivisionCode code) => this with { DivisionPrefixes = [.. DivisionPrefixes, code.Short] };
}
