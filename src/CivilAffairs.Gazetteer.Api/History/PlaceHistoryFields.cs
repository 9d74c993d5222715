using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Data.Places;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.History;

internal static class PlaceHistoryFields
{
    /// <summary>nameAsOf(year) on the Place type.</summary>
    public static void AddNameAsOfField(this ObjectGraphType<PlaceRecord> place)
    {
        place.Field<StringGraphType>("nameAsOf")
            .Description("The name the place bore in that year: a former name (长治县 for 上党区 in 2017) or its current name; null where the registry does not know.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year; negative years are BCE; there is no year 0.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int>("year");
                Years.Check(year, "year");
                return c.RequestServices!.GetRequiredService<RequestLoaders>().FormerNames.Load(c.Source.Id)
                    .Then(uses => PlaceNameAsOf.Of(c.Source, uses ?? [], year));
            });
    }
}
