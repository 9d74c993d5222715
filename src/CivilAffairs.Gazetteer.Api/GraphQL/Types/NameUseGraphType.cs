using CivilAffairs.Gazetteer.Data.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class NameUseGraphType : ObjectGraphType<NameUse>
{
    public NameUseGraphType()
    {
        Name = "NameUse";
        Description = "A name a place bore (曾用名), with the years it was in use.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name as it was written.").Resolve(c => c.Source.Name);
        Field<IntGraphType>("from").Description("The first year of use; negative years are BCE; null when unknown.").Resolve(c => c.Source.From);
        Field<IntGraphType>("to").Description("The last year of use; null when unknown.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<BooleanGraphType>>("approximate").Description("True when the years are approximate.").Resolve(c => c.Source.Approximate);
    }
}
