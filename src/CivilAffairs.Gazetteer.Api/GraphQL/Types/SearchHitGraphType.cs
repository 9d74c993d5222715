using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Search;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class SearchHitGraphType : ObjectGraphType<SearchHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "A found name: a place, a division without a place of its own, a historical name or a point of interest, and what matched.";
        Field<PlaceGraphType>("place")
            .Description("The place, when the hit is one (kind PLACE); null for divisions, historical names and points of interest.")
            .Resolve(c => c.Source.Kind == "place"
                ? c.RequestServices!.GetRequiredService<RequestLoaders>().PlacesById.Load(c.Source.Id)
                : null);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("What was found: place, division, historical_name or poi.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Its id among its kind (Place.id for places).").Resolve(c => c.Source.Id);
        Field<StringGraphType>("code").Description("The place-name or division code, when it has one.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The standard name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<MatchKindGraphType>>("matched").Description("Which form of the name matched.").Resolve(c => c.Source.Matched);
        Field<NonNullGraphType<MatchQualityGraphType>>("quality").Description("Exact, prefix or substring match.").Resolve(c => c.Source.Quality);
        Field<NonNullGraphType<StringGraphType>>("matchedText").Description("The matched form as stored: 洪洞縣, hongtongxian, hdx.").Resolve(c => c.Source.MatchedText);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The ranking score; higher is better. Comparable within one answer only.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("category").Description("The category code.").Resolve(c => c.Source.Category);
        Field<StringGraphType>("divisionCode").Description("The smallest division it lies in (12 digits).").Resolve(c => c.Source.DivisionCode);
        Field<FloatGraphType>("lon").Description("Longitude of its representative point, WGS84.").Resolve(c => c.Source.Lon);
        Field<FloatGraphType>("lat").Description("Latitude of its representative point, WGS84.").Resolve(c => c.Source.Lat);
        Field<FloatGraphType>("distanceMeters").Description("Distance to the near point, when one was given.").Resolve(c => c.Source.DistanceMeters);
    }
}
