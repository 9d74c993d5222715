using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class DynastyGraphType : ObjectGraphType<Dynasty>
{
    public DynastyGraphType()
    {
        Name = "Dynasty";
        Description = "A dynasty or period (朝代) of the usual Chinese chronology, with its years; periods overlap (三国, 十六国, 辽 and 北宋).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name in Chinese: 唐.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("nameEn").Description("The name in English: Tang.").Resolve(c => c.Source.NameEn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other ways to write it, accepted by HistoricalNameFilter.dynasty.").Resolve(c => c.Source.Aliases);
        Field<NonNullGraphType<IntGraphType>>("startYear").Description("The first year; negative years are BCE.").Resolve(c => c.Source.StartYear);
        Field<IntGraphType>("endYear").Description("The last year; null while it lasts.").Resolve(c => c.Source.EndYear);
        Field<NonNullGraphType<StringGraphType>>("source").Description("Where the dates come from.").Resolve(c => c.Source.Source);
    }
}
