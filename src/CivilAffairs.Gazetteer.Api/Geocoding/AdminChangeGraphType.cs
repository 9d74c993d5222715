using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Search.Geocoding;
using GraphQL;
using GraphQL.Types;
using DateGraphType = CivilAffairs.Gazetteer.Api.GraphQL.Types.DateGraphType;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal sealed class AdminChangeGraphType : ObjectGraphType<AdminChangeRecord>
{
    public AdminChangeGraphType()
    {
        Name = "AdminChange";
        Description = "A dated change between division units (区划调整): a rename, merge, split, ...";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The registry's id of the change.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateGraphType>>("date").Description("The day the change took effect.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("establish, rename, merge, split, transfer, abolish or status_change.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<History.LineageKindGraphType>>("lineageKind").Description("The change as a lineage event: NAMED, RENAMED, MERGED, SPLIT, TRANSFERRED or ABOLISHED.")
            .Resolve(c => History.LineageKindGraphType.OfAdminChange(c.Source.Kind));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DivisionGraphType>>>>("from").Description("The units before the change.")
            .Resolve(c => HierarchyDivisions.ByIds(Hierarchy(c), c.Source.From));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DivisionGraphType>>>>("to").Description("The units after the change.")
            .Resolve(c => HierarchyDivisions.ByIds(Hierarchy(c), c.Source.To));
        Field<StringGraphType>("document").Description("The approving document, when recorded.").Resolve(c => c.Source.Document);
        Field<StringGraphType>("note").Description("A note on the change.").Resolve(c => c.Source.Note);
    }

    private static AdministrativeHierarchy Hierarchy(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<HierarchySource>().Current;
}
