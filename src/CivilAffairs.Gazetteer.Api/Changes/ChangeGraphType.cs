using CivilAffairs.Gazetteer.Data.Changes;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Changes;

internal sealed class ChangeGraphType : ObjectGraphType<ChangeRecord>
{
    public ChangeGraphType()
    {
        Name = "Change";
        Description = "One write to the registry (变更), as recorded in the change log in the same transaction as the write.";
        Field<NonNullGraphType<StringGraphType>>("seq").Description("The change's position in the log (a number, as text); later changes have higher numbers.").Resolve(c => c.Source.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the write happened (ISO 8601 with offset).").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("entity").Description("What was written: place, place_former_name, division, poi, proposal, historical_name; import_run or sample for a bulk import.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("The id of the row written (Place.id for places).").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<StringGraphType>>("op").Description("insert, update or retire (never a hard delete: a retired row stays, with its status); import for a bulk import, after which a client takes a new snapshot.").Resolve(c => c.Source.Op);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who wrote it: a user, the importer, the sample generator.").Resolve(c => c.Source.Actor);
        Field<StringGraphType>("before").Description("The row before the write as a JSON object (geometries as GeoJSON); null for inserts and imports.").Resolve(c => c.Source.Before);
        Field<StringGraphType>("after").Description("The row after the write as a JSON object (geometries as GeoJSON): what a client stores for entityId. For an import, its summary.").Resolve(c => c.Source.After);
    }
}
