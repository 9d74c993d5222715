-- A page of a bbox in id order (the mapping apps' "what is in this view") read every place in
-- the box from the GiST index and sorted them all by id to keep the first 100: ~4,000 entries for
-- a 0.2° box, most of PostgreSQL's 2.7 ms per page. Here every place is filed under the cells of a
-- 0.1° grid its extent touches, keyed (cell, place_id). Each cell's places come out of the B-tree
-- already in id order, so a page merges the few cells under the box (Merge Append) and stops
-- after its 100: it reads about as many entries as it returns.
--   cell = (floor(lon * 10) + 1800) * 10000 + (floor(lat * 10) + 900)
-- A place whose extent touches more than 4 cells (counties, long roads) is filed once, under the
-- cell -1 of wide places, which every such page reads too. floor(x * 10) never decreases as x
-- grows, so an extent overlapping a box always shares a cell with it, rounding included.
-- PlaceCells (CivilAffairs.Gazetteer.Data) computes the box's side of the same formula.
CREATE TABLE place_cell (
    cell     integer NOT NULL,
    place_id bigint  NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    bounds   box     NOT NULL,
    PRIMARY KEY (cell, place_id) INCLUDE (bounds)
);
CREATE INDEX place_cell_place ON place_cell (place_id);

CREATE FUNCTION place_cells(bounds box) RETURNS SETOF integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH span AS (
        SELECT floor((bounds[1])[0] * 10)::integer + 1800 AS west, floor((bounds[0])[0] * 10)::integer + 1800 AS east,
               floor((bounds[1])[1] * 10)::integer + 900 AS south, floor((bounds[0])[1] * 10)::integer + 900 AS north
    )
    SELECT x * 10000 + y FROM span, generate_series(west, east) AS x, generate_series(south, north) AS y
    WHERE (east - west + 1) * (north - south + 1) <= 4
    UNION ALL
    SELECT -1 FROM span WHERE (east - west + 1) * (north - south + 1) > 4
$$;

CREATE FUNCTION place_cell_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM place_cell WHERE place_id = OLD.id;
    END IF;
    INSERT INTO place_cell (cell, place_id, bounds) SELECT place_cells(NEW.bounds), NEW.id, NEW.bounds;
    RETURN NULL;
END
$$;

CREATE TRIGGER place_cell_insert AFTER INSERT ON place
    FOR EACH ROW EXECUTE FUNCTION place_cell_sync();
CREATE TRIGGER place_cell_update AFTER UPDATE OF geom ON place
    FOR EACH ROW WHEN (OLD.geom IS DISTINCT FROM NEW.geom) EXECUTE FUNCTION place_cell_sync();

INSERT INTO place_cell (cell, place_id, bounds) SELECT place_cells(bounds), id, bounds FROM place;
ANALYZE place_cell;
