using CivilAffairs.Gazetteer.Api.Divisions;
using CivilAffairs.Gazetteer.Api.Geocoding;
using CivilAffairs.Gazetteer.Search.Geocoding;
using DivisionRecord = CivilAffairs.Gazetteer.Api.Divisions.DivisionRecord;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.History;

internal static class DivisionLineageFields
{
    /// <summary>supersedes and supersededBy on the Division type, from the admin changes held in memory.</summary>
    public static void AddLineageFields(this ObjectGraphType<DivisionRecord> division)
    {
        division.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdminChangeGraphType>>>>("supersedes")
            .Description("The changes that made this unit out of earlier ones (上党区 ← 长治县), oldest first.")
            .Resolve(c => Changes(c).Where(change => change.To.Contains(c.Source.Id)).ToList());
        division.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdminChangeGraphType>>>>("supersededBy")
            .Description("The changes that replaced this unit with later ones (长治县 → 上党区), oldest first.")
            .Resolve(c => Changes(c).Where(change => change.From.Contains(c.Source.Id)).ToList());
    }

    private static IEnumerable<AdminChangeRecord> Changes(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<HierarchySource>().Current.Changes.OrderBy(c => c.Date).ThenBy(c => c.Id);
}
