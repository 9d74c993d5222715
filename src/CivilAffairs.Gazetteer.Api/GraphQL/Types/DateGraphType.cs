using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>GraphQL.NET's DateOnly scalar under the contract's name, Date.</summary>
internal sealed class DateGraphType : DateOnlyGraphType
{
    public DateGraphType()
    {
        Name = "Date";
        Description = "A calendar date, ISO 8601 (2018-02-01).";
    }
}
