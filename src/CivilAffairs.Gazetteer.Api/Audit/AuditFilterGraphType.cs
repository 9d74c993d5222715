using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Audit;

internal sealed class AuditFilterGraphType : InputObjectGraphType<AuditFilter>
{
    public AuditFilterGraphType()
    {
        Name = "AuditFilter";
        Description = "Which audit entries; every given condition must hold.";
        Field<StringGraphType>("entity").Description("Only this entity: place, proposal, poi, place_former_name.");
        Field<StringGraphType>("entityId").Description("Only this row (with entity).");
        Field<StringGraphType>("actor").Description("Only writes by this actor (a token's subject).");
        Field<TimestampGraphType>("since").Description("Only entries at or after this time.");
        Field<TimestampGraphType>("until").Description("Only entries before this time.");
    }
}
