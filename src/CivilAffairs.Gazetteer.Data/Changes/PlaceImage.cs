namespace CivilAffairs.Gazetteer.Data.Changes;

/// <summary>
/// How a place row is written into change_log's before/after and into the snapshot: every column,
/// geometries as GeoJSON. A feed client that keeps the latest image per place id holds the table.
/// </summary>
public static class PlaceImage
{
    /// <summary>The select list (over a row source with the place table's columns).</summary>
    public const string Columns =
        "id, code, name, specific, generic, short_name, name_traditional, category, romanized, romanized_toneless, pinyin_key, " +
        "pinyin_initials, reading_needs_review, aliases, division_code, division_codes, ST_AsGeoJSON(geom)::jsonb AS geom, " +
        "ST_AsGeoJSON(point)::jsonb AS point, geom_derived, meaning, origin, history, description, approval_authority, " +
        "approval_document, approval_date, announcement_date, status, valid_from, valid_to, provenance, sources, registered_by, " +
        "registered_at, version, import_run_id";
}
