using CivilAffairs.Gazetteer.Api.Divisions;
using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.History;
using CivilAffairs.Gazetteer.Coordinates;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class DivisionGraphType : ObjectGraphType<DivisionRecord>
{
    public DivisionGraphType()
    {
        Name = "Division";
        Description = "A statistical division unit (行政区划): as it stands today, or as it stood on a day (division(code, asOf)).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The code as people write it, as long as the level needs: 14, 1410, 141024, 141024100, 141024100201.").Resolve(c => c.Source.Code.Short);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The official name: 洪洞县.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<DivisionLevelGraphType>>("level").Description("The level of the unit.").Resolve(c => c.Source.Code.Level);
        Field<NonNullGraphType<BooleanGraphType>>("isStatisticalZone")
            .Description("True for the ..71 zones (development zones, scenic areas) that are statistical units, not legal divisions.")
            .Resolve(c => c.Source.IsStatisticalZone);
        Field<DivisionGraphType>("parent").Description("The unit one level up; null for the province.")
            .Resolve(c => c.Source.ParentCode is { } parent ? Loaders(c).Divisions.Load(parent.Full) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DivisionGraphType>>>>("ancestors")
            .Description("The units above, from the province down to the parent.")
            .Resolve(c => Loaders(c).Divisions.LoadMany(DivisionChain.From(c.Source.Code, includeSelf: false)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DivisionGraphType>>>>("children")
            .Description("The units one level down, in code order.")
            .Resolve(c => Loaders(c).Children.Load(c.Source.Code.Full).Then(children => children ?? []));
        Field<PlaceGraphType>("place").Description("The unit's own place record (its seat and name as a place).")
            .Resolve(c => Loaders(c).PlacesByCode.Load(c.Source.Code.Full));
        Field<NonNullGraphType<PlaceConnectionGraphType>>("places")
            .Description("The places inside the unit, by the division codes they carry.")
            .WithPageArguments()
            .ResolveAsync(async c => await PlaceConnectionResolver.ResolveAsync(c, c.Source.Code));
        Field<GeoJsonGraphType>("boundary")
            .Description("The unit's polygon as GeoJSON, in the coordinate system crs asks for; null where none is held (townships and villages).")
            .WithCrsArgument()
            .Resolve(c =>
            {
                var crs = c.RequestedCrs();
                return Loaders(c).Boundaries.Load(c.Source.Code.Full).Then(boundary => boundary is null ? null : GeometryCrs.FromWgs84(boundary, crs));
            });
        Field<DateGraphType>("validFrom").Description("The day the unit took its present form; null when unknown.").Resolve(c => c.Source.ValidFrom);
        Field<DateGraphType>("validTo").Description("The day the unit ceased; null while current.").Resolve(c => c.Source.ValidTo);
        this.AddLineageFields();
    }

    private static RequestLoaders Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();
}
