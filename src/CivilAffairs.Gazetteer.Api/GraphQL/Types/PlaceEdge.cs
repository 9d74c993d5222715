using CivilAffairs.Gazetteer.Data.Places;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed record PlaceEdge(PlaceRecord Node, string Cursor);
