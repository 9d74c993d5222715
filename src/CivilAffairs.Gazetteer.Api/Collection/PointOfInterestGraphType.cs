using System.Text.Json;
using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Data.Collection;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Collection;

internal sealed class PointOfInterestGraphType : ObjectGraphType<PoiRecord>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public PointOfInterestGraphType()
    {
        Name = "PointOfInterest";
        Description = "A village name or point of interest collected in the field, with the duplicates found on submission and the review decision.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The POI's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The collected name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("category").Description("The POI category.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("WGS84 longitude.").Resolve(c => c.Source.Point.X);
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("WGS84 latitude.").Resolve(c => c.Source.Point.Y);
        Field<StringGraphType>("divisionCode").Description("The village (12 digits) it was placed in: the nearest village of the county containing the point.").Resolve(c => c.Source.DivisionCode);
        Field<NonNullGraphType<StringGraphType>>("state").Description("pending, accepted, merged or rejected.").Resolve(c => c.Source.State);
        Field<NonNullGraphType<StringGraphType>>("collectedBy").Description("Who collected it.").Resolve(c => c.Source.CollectedBy);
        Field<NonNullGraphType<TimestampGraphType>>("collectedAt").Description("When.").Resolve(c => c.Source.CollectedAt);
        Field<StringGraphType>("photo").Description("The photo reference.").Resolve(c => c.Source.Photo);
        Field<StringGraphType>("note").Description("The collector's note.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PoiDuplicateGraphType>>>>("duplicates")
            .Description("What it may duplicate, as found when it was submitted; shown to the reviewer.")
            .Resolve(c => JsonSerializer.Deserialize<List<PoiDuplicate>>(c.Source.Duplicates, Json) ?? []);
        Field<PlaceGraphType>("place").Description("The place it became (ACCEPT) or joined (MERGE).")
            .Resolve(c => c.Source.PlaceId is { } id ? c.RequestServices!.GetRequiredService<RequestLoaders>().PlacesById.Load(id) : null);
        Field<StringGraphType>("reviewedBy").Description("Who decided.").Resolve(c => c.Source.ReviewedBy);
        Field<TimestampGraphType>("reviewedAt").Description("When it was decided.").Resolve(c => c.Source.ReviewedAt);
        Field<StringGraphType>("reviewNote").Description("The reviewer's note.").Resolve(c => c.Source.ReviewNote);
        Field<NonNullGraphType<ProvenanceGraphType>>("provenance").Description("COLLECTED through the API, SAMPLE for the generated ones.")
            .Resolve(c => Enum.Parse<Provenance>(c.Source.Provenance, ignoreCase: true));
        Field<NonNullGraphType<IntGraphType>>("version").Description("Pass it to reviewPoi; an older one is refused (CONFLICT).").Resolve(c => c.Source.Version);
    }
}
