using CivilAffairs.Gazetteer.Api.Geocoding;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Search.Geocoding;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class NameEventSideGraphType : ObjectGraphType<NameEventSide>
{
    public NameEventSideGraphType()
    {
        Name = "NameEventSide";
        Description = "A name on one side of a lineage event: the historical-name record where the registry holds one, or today's division.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name as of the event.").Resolve(c => c.Source.Name);
        Field<HistoricalNameGraphType>("historicalName").Description("The record of that name, when held.")
            .Resolve(c => c.Source.HistoricalNameId is { } id ? c.RequestServices!.GetRequiredService<HistoryLoaders>().ById.Load(id) : null);
        Field<DivisionGraphType>("division").Description("The division the name became, when it did.")
            .Resolve(c => c.Source.DivisionId is { } id
                ? HierarchyDivisions.ByIds(c.RequestServices!.GetRequiredService<HierarchySource>().Current, [id]).FirstOrDefault()
                : null);
    }
}
