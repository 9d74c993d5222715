using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>GraphQL.NET's DateTimeOffset scalar under the contract's name, DateTime.</summary>
internal sealed class TimestampGraphType : DateTimeOffsetGraphType
{
    public TimestampGraphType()
    {
        Name = "DateTime";
        Description = "A point in time, ISO 8601 with offset (2024-05-01T09:30:00+08:00).";
    }
}
