using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Audit;

internal sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One entry of the audit trail (change_log): every write appends one in its own transaction.";
        Field<NonNullGraphType<StringGraphType>>("seq").Description("The log's sequence number (monotonic).").Resolve(c => c.Source.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<TimestampGraphType>>("at").Description("When the write committed its transaction's statement.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("entity").Description("What was written: place, place_former_name, proposal, poi, ... (sample and import runs as a whole).").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("The row's id.").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<StringGraphType>>("op").Description("insert, update, retire or import; nothing is ever deleted.").Resolve(c => c.Source.Op);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who wrote it: the token's subject, or the import.").Resolve(c => c.Source.Actor);
        Field<StringGraphType>("before").Description("The row before, as JSON; null for an insert.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("The row after, as JSON.").Resolve(c => c.Source.After);
        Field<StringGraphType>("reason").Description("Why, when the writer had to say: the reason an administrator gave for retiring a place directly (销名原因); null otherwise.").Resolve(c => c.Source.Reason);
    }
}
