using System.Globalization;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Data.Naming;
using CivilAffairs.Gazetteer.Naming;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Naming;

/// <summary>The checkName field of Query.</summary>
internal static class NameCheckField
{
    public static void AddNameCheckFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<NameCheckResultGraphType>>("checkName")
            .Description("Checks a proposed name against every naming rule of the 地名管理条例 (2022): generic only, meaning, scale, standard characters, person, foreign and trademark names, uniqueness and homophones within the rule's scope (current names and pending proposals), famous features, facility names, protected names, romanization. Changes nothing.")
            .Argument<NonNullGraphType<NameCheckInputGraphType>>("input", "The proposed name, its category and division.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<NameCheckInput>("input");
                try
                {
                    var request = new NameCheckRequest(
                        input.Name ?? "",
                        input.Category ?? "",
                        NameChecker.ParseDivision(input.DivisionCode),
                        input.Renames is null ? ProposalKind.Name : ProposalKind.Rename,
                        input.Renames is null ? null : PlaceId(input.Renames),
                        input.Romanization);
                    return await c.RequestServices!.GetRequiredService<NameChecker>().CheckAsync(request, c.CancellationToken);
                }
                catch (NameCheckInputException error)
                {
                    throw error.Problem == NameCheckProblem.NotFound ? new NotFoundError(error.Message) : new BadUserInputError(error.Message);
                }
            });

    private static long PlaceId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new BadUserInputError($"renames '{text}' is not a place id: ids are whole numbers, as returned in Place.id.");
}
