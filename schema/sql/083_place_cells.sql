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
-- No foreign key: the triggers below file exactly the rows of place (a key's check per filed row
-- would cost a bulk load seconds), and take a deleted place's cells with it.
CREATE TABLE place_cell (
    cell     integer NOT NULL,
    place_id bigint  NOT NULL,
    bounds   box     NOT NULL,
    PRIMARY KEY (cell, place_id) INCLUDE (bounds)
);
CREATE INDEX place_cell_place ON place_cell (place_id);

-- A single SELECT, so that PostgreSQL inlines it where it is called in FROM.
CREATE FUNCTION place_cells(bounds box) RETURNS SETOF integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN span.wide THEN -1 ELSE x * 10000 + y END
    FROM (
        SELECT west, east, south, north, (east - west + 1) * (north - south + 1) > 4 AS wide
        FROM (
            SELECT floor((bounds[1])[0] * 10)::integer + 1800 AS west, floor((bounds[0])[0] * 10)::integer + 1800 AS east,
                   floor((bounds[1])[1] * 10)::integer + 900 AS south, floor((bounds[0])[1] * 10)::integer + 900 AS north
        ) corners
    ) span
    CROSS JOIN LATERAL generate_series(span.west, CASE WHEN span.wide THEN span.west ELSE span.east END) AS x
    CROSS JOIN LATERAL generate_series(span.south, CASE WHEN span.wide THEN span.south ELSE span.north END) AS y
$$;

-- Statement triggers over the transition tables, as the tile tables' (060): a bulk load of
-- 400,000 places files them in one INSERT ... SELECT, not a function call per row. (A trigger with
-- transition tables cannot name columns, so the update trigger compares the geometries itself.)
-- generate_series over a row's corners is estimated at 1,000 rows a call, so the planner would
-- JIT-compile the statement for a single new place, ~100 ms; the functions run without JIT.
CREATE FUNCTION place_cell_file_inserted() RETURNS trigger
LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    INSERT INTO place_cell (cell, place_id, bounds)
    SELECT cell, n.id, n.bounds FROM new_rows n CROSS JOIN LATERAL place_cells(n.bounds) AS cell
    WHERE n.bounds IS NOT NULL;
    RETURN NULL;
END
$$;

CREATE FUNCTION place_cell_file_moved() RETURNS trigger
LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    DELETE FROM place_cell c USING new_rows n JOIN old_rows o USING (id)
    WHERE c.place_id = n.id AND o.geom IS DISTINCT FROM n.geom;
    INSERT INTO place_cell (cell, place_id, bounds)
    SELECT cell, n.id, n.bounds FROM new_rows n JOIN old_rows o USING (id) CROSS JOIN LATERAL place_cells(n.bounds) AS cell
    WHERE o.geom IS DISTINCT FROM n.geom AND n.bounds IS NOT NULL;
    RETURN NULL;
END
$$;

CREATE FUNCTION place_cell_drop_deleted() RETURNS trigger
LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    DELETE FROM place_cell c USING old_rows o WHERE c.place_id = o.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER place_cell_insert AFTER INSERT ON place
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION place_cell_file_inserted();
CREATE TRIGGER place_cell_update AFTER UPDATE ON place
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION place_cell_file_moved();
CREATE TRIGGER place_cell_delete AFTER DELETE ON place
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION place_cell_drop_deleted();

INSERT INTO place_cell (cell, place_id, bounds)
SELECT cell, p.id, p.bounds FROM place p CROSS JOIN LATERAL place_cells(p.bounds) AS cell WHERE p.bounds IS NOT NULL;
ANALYZE place_cell;
