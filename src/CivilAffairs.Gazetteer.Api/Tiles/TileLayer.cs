namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>One layer of the vector tiles, as TileJSON describes it.</summary>
internal sealed record TileLayer(string Id, int MinZoom, string Description, Dictionary<string, string> Fields);
