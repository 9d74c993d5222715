using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Naming;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Naming;

/// <summary>
/// Checks a proposed name against every naming rule of the 地名管理条例 (DOMAIN.md "Naming rules"):
/// the text rules in Core/Naming, the registry rules (uniqueness, homophones, facility names,
/// protected names) over the current names and pending proposals. Thread-safe; one per process.
/// </summary>
public sealed class NameChecker(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Every rule's result, in the order of <see cref="NamingRules.All"/>. Throws
    /// <see cref="NameCheckInputException"/> when the request cannot be checked (empty or overlong name,
    /// Latin letters or emoji, unknown category, unknown division or target place).
    /// </summary>
    public async Task<NameCheckReport> CheckAsync(NameCheckRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = ProposedName.Checked(request.Name);
        if (request.Kind != ProposalKind.Name && request.TargetPlaceId is null)
            throw new NameCheckInputException(NameCheckProblem.BadInput,
                $"A {request.Kind.ToString().ToLowerInvariant()} proposal acts on an existing place: give the id of the place it {(request.Kind == ProposalKind.Rename ? "renames" : "retires")}.");
        var category = request.Category?.Trim() ?? "";
        if (category.Length == 0)
            throw new NameCheckInputException(NameCheckProblem.BadInput, "The category is empty: give a category code such as county, township, village_committee, road or bridge.");
        var scope = NamingScope.For(category, request.Division);

        var found = await NamingQueries.LoadAsync(dataSource, request with { Category = category }, name, scope, cancellationToken);
        if (!found.CategoryKnown)
            throw new NameCheckInputException(NameCheckProblem.BadInput,
                $"'{category}' is not a category of the registry: use one of the codes of the place categories (county, township, village_committee, community, street, road, bridge, river, ...).");
        if (!found.Chain.Any(u => u.Code == request.Division.Full))
            throw new NameCheckInputException(NameCheckProblem.NotFound,
                $"No current division has code {request.Division.Short}: give the code of the unit the name lies in, as listed by division(code).");
        if (request.TargetPlaceId is { } targetId && found.Target is null)
            throw new NameCheckInputException(NameCheckProblem.NotFound, $"No place has id {targetId}: give the id of the place the proposal renames or retires.");

        var scoped = ScopeCheck.Check(name, scope, found.InScope);
        return new NameCheckReport(
        [
            GenericOnlyCheck.Check(name),
            ListedWordCheck.Meaning(name),
            ListedWordCheck.Scale(name),
            StandardCharactersCheck.Check(name),
            ListedWordCheck.PersonName(name),
            ListedWordCheck.ForeignName(name),
            ListedWordCheck.TrademarkName(name),
            scoped[0],
            scoped[1],
            FamousFeatureCheck.Check(name, category),
            FacilityNameCheck.Check(name, category, found.Chain),
            ProtectedNameCheck.Check(request.Kind, found.Target, found.Listings),
            RomanizationCheck.Check(name, request.Romanization),
        ]);
    }

    /// <summary>Parses a division code as people write it, or says what is wrong with it.</summary>
    public static DivisionCode ParseDivision(string? text) =>
        DivisionCode.TryParse(text, out var code)
            ? code
            : throw new NameCheckInputException(NameCheckProblem.BadInput, DivisionCode.Explain(text));
}
