namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>The TileJSON 3.0 document at /tiles.json: where the tiles are, their bounds, zooms and layers.</summary>
internal static class TileJson
{
    public static object For(HttpRequest request)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new Dictionary<string, object>
        {
            ["tilejson"] = "3.0.0",
            ["name"] = "Shanxi place names",
            ["description"] = "The Shanxi place-name registry: county boundaries, townships, villages, other places by category and points of interest. Labels in Chinese, pinyin as an attribute. Sample data is marked by its provenance attribute.",
            ["attribution"] = "Shanxi civil-affairs place-name registry; sample records are generated, not official",
            ["scheme"] = "xyz",
            ["tiles"] = new[] { origin + "/tiles/{z}/{x}/{y}.mvt" },
            ["minzoom"] = 0,
            ["maxzoom"] = TileLayers.MaxDataZoom,
            ["bounds"] = new[] { ServiceExtent.West, ServiceExtent.South, ServiceExtent.East, ServiceExtent.North },
            ["center"] = new[] { ServiceExtent.CenterLon, ServiceExtent.CenterLat, 7 },
            ["vector_layers"] = TileLayers.All.Select(l => new Dictionary<string, object>
            {
                ["id"] = l.Id,
                ["description"] = l.Description,
                ["minzoom"] = l.MinZoom,
                ["maxzoom"] = TileLayers.MaxDataZoom,
                ["fields"] = l.Fields,
            }).ToArray(),
        };
    }
}
