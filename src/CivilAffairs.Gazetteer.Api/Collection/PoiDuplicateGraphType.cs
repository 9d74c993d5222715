using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Data.Collection;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Collection;

internal sealed class PoiDuplicateGraphType : ObjectGraphType<PoiDuplicate>
{
    public PoiDuplicateGraphType()
    {
        Name = "PoiDuplicate";
        Description = "A registered place or collected POI that a submission may duplicate, found when it was submitted (same name or same pinyin nearby).";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("place or poi.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The place's or POI's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<FloatGraphType>>("distanceMeters").Description("How far from the submitted point.").Resolve(c => c.Source.DistanceMeters);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("same name, or same pinyin (a homophone or variant).").Resolve(c => c.Source.Reason);
        Field<PlaceGraphType>("place").Description("The place, when kind is place.")
            .Resolve(c => c.Source.Kind == "place" ? c.RequestServices!.GetRequiredService<RequestLoaders>().PlacesById.Load(c.Source.Id) : null);
    }
}
