using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class NameEventGraphType : ObjectGraphType<NameEvent>
{
    public NameEventGraphType()
    {
        Name = "NameEvent";
        Description = "A lineage event of historical names (沿革): when a name arose, became another, or ended.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The registry's id of the event.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<LineageKindGraphType>>("kind").Description("What happened.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year it happened; negative years are BCE.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<BooleanGraphType>>("approximate").Description("True when the year is approximate.").Resolve(c => c.Source.Approximate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameEventSideGraphType>>>>("from").Description("The names before; empty when a name arose.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameEventSideGraphType>>>>("to").Description("The names after; empty when a name ended.").Resolve(c => c.Source.To);
        Field<StringGraphType>("note").Description("What the event was, in words.").Resolve(c => c.Source.Note);
        Field<StringGraphType>("source").Description("Where the event comes from.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<CivilAffairs.Gazetteer.Api.GraphQL.Types.ProvenanceGraphType>>("provenance").Description("SAMPLE events are generated, never official.")
            .Resolve(c => Enum.Parse<CivilAffairs.Gazetteer.Data.Places.Provenance>(c.Source.Provenance, ignoreCase: true));
    }
}
