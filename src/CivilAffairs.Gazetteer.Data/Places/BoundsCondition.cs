namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// The SQL of a bbox filter over place.bounds, each geometry's exact extent (migration 081): the
/// GiST-indexed <c>&amp;&amp;</c> finds the candidates, plain comparisons of the extent's corners
/// settle them exactly — a point overlapping the box lies in it, edges included, as ST_Intersects
/// says — and only a line or polygon whose extent crosses the box's edge is handed to ST_Intersects,
/// piece by piece.
/// PostgreSQL's box <c>&amp;&amp;</c> allows a 1e-6 tolerance, so it only narrows, never decides.
/// </summary>
/// <param name="MinLon">The parameter placeholders ($n) of the box's corners.</param>
internal sealed record BoundsCondition(string MinLon, string MinLat, string MaxLon, string MaxLat)
{
    /// <summary>The indexed test and the exact overlap of the extents; needs nothing but bounds (index-only).</summary>
    public string Overlaps(string alias) =>
        $"{alias}bounds && box(point({MinLon}, {MinLat}), point({MaxLon}, {MaxLat})) " +
        $"AND ({alias}bounds[1])[0] <= {MaxLon} AND ({alias}bounds[0])[0] >= {MinLon} " +
        $"AND ({alias}bounds[1])[1] <= {MaxLat} AND ({alias}bounds[0])[1] >= {MinLat}";

    /// <summary>Whether the extent lies inside the box, edges included: then the geometry intersects it.</summary>
    public string Inside(string alias) =>
        $"({alias}bounds[1])[0] >= {MinLon} AND ({alias}bounds[0])[0] <= {MaxLon} " +
        $"AND ({alias}bounds[1])[1] >= {MinLat} AND ({alias}bounds[0])[1] <= {MaxLat}";

    /// <summary>
    /// ST_Intersects with the box, for the lines and polygons <see cref="Inside"/> leaves open, on
    /// their small pieces in place_part (migration 082): one piece intersects it when the whole does.
    /// </summary>
    public string Intersects(string alias) =>
        $"EXISTS (SELECT 1 FROM place_part piece WHERE piece.place_id = {alias}id " +
        $"AND piece.part && {Envelope} AND ST_Intersects(piece.part, {Envelope}))";

    private string Envelope => $"ST_MakeEnvelope({MinLon}, {MinLat}, {MaxLon}, {MaxLat}, 4326)";

    /// <summary>The exact overlap of a place_cell entry's extent (its corner columns, migration 083) with the box.</summary>
    public string OverlapsCorners(string alias) =>
        $"{alias}west <= {MaxLon} AND {alias}east >= {MinLon} AND {alias}south <= {MaxLat} AND {alias}north >= {MinLat}";

    /// <summary>Whether a place_cell entry's extent lies inside the box, edges included.</summary>
    public string InsideCorners(string alias) =>
        $"{alias}west >= {MinLon} AND {alias}east <= {MaxLon} AND {alias}south >= {MinLat} AND {alias}north <= {MaxLat}";

    /// <summary>The whole filter for one row, as a WHERE part.</summary>
    public string Matches(string alias) => $"{Overlaps(alias)} AND ({Inside(alias)} OR {Intersects(alias)})";
}
