using CivilAffairs.Gazetteer.Api.Divisions;
using CivilAffairs.Gazetteer.Data.Places;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Batching;

/// <summary>
/// The batch loaders of one request (a scoped service): divisions by 12-digit code, children by
/// parent code, boundaries, places by id and by code, former names by place.
/// </summary>
internal sealed class RequestLoaders(DivisionQueries divisions, PlaceQueries places)
{
    public BatchLoader<string, DivisionRecord> Divisions { get; } = new(divisions.ByCodesAsync);

    public BatchLoader<string, IReadOnlyList<DivisionRecord>> Children { get; } = new(divisions.ChildrenAsync);

    public BatchLoader<string, Geometry> Boundaries { get; } = new(divisions.BoundariesAsync);

    public BatchLoader<long, PlaceRecord> PlacesById { get; } = new(places.ByIdsAsync);

    public BatchLoader<string, PlaceRecord> PlacesByCode { get; } = new(places.ByCodesAsync);

    public BatchLoader<long, IReadOnlyList<NameUse>> FormerNames { get; } = new(places.FormerNamesAsync);
}
