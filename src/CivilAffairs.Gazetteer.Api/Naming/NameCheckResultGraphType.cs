using CivilAffairs.Gazetteer.Naming;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Naming;

internal sealed class NameCheckResultGraphType : ObjectGraphType<NameCheckReport>
{
    public NameCheckResultGraphType()
    {
        Name = "NameCheckResult";
        Description = "Every naming rule's result for one proposed name (名称审核).";
        Field<NonNullGraphType<BooleanGraphType>>("ok").Description("True when no rule found a violation; warnings are left to the reviewer.").Resolve(c => c.Source.Ok);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RuleResultGraphType>>>>("results")
            .Description("One result per rule, in the order of the regulation's rules.")
            .Resolve(c => c.Source.Results);
    }
}
