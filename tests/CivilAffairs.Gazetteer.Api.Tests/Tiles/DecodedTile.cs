using NetTopologySuite.IO.VectorTiles;
using NetTopologySuite.IO.VectorTiles.Mapbox;

namespace CivilAffairs.Gazetteer.Api.Tests.Tiles;

/// <summary>A tile from the API read back with NetTopologySuite's MVT reader, as a map client would.</summary>
public sealed class DecodedTile(VectorTile tile)
{
    public static DecodedTile Read(byte[] bytes, int z, int x, int y)
    {
        using var stream = new MemoryStream(bytes);
        return new DecodedTile(new MapboxTileReader().Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, z)));
    }

    public IReadOnlyList<string> LayerNames => tile.Layers.Select(l => l.Name).ToList();

    /// <summary>The names (attribute name) of a layer's features; empty when the layer is not in the tile.</summary>
    public IReadOnlyList<string> Names(string layer) =>
        Features(layer).Select(f => (string)f.Attributes["name"]).ToList();

    public IReadOnlyList<NetTopologySuite.Features.IFeature> Features(string layer) =>
        tile.Layers.Where(l => l.Name == layer).SelectMany(l => l.Features).ToList();
}
