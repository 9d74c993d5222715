-- A page of a bbox in id order (the mapping apps' "what is in this view") read every place in
-- the box from the GiST index and sorted them all by id to keep the first 100: ~4,000 entries for
-- a 0.2° box, most of PostgreSQL's 2.7 ms per page. Here every place is filed under the cells of a
-- 0.1° grid its extent touches, keyed (cell, place_id), with its extent's corners as plain columns.
-- Each cell's places come out of the B-tree already in id order, so a page merges the few cells
-- under the box (Merge Append) and stops after its 100: it reads about as many entries as it returns.
--   cell = (column + 1800) * 10000 + (row + 900), column and row the cell's corner in tenths of a degree
-- Cells are closed: an extent starting exactly on a cell's line is filed in the cell before it too,
-- so a box ending on a line needs not read the cell beyond it (a box of 0.2° on the grid reads
-- 2 x 2 cells, not 3 x 3 of which 5 hold nothing of it). PlaceCells (CivilAffairs.Gazetteer.Data)
-- picks the box's cells with the same arithmetic: floor(x * 10) never decreases as x grows, so an
-- extent overlapping a box always shares a cell with it, rounding included.
-- A place whose extent touches more than 4 cells (counties, long roads) is filed once, under the
-- cell -1 of wide places, which every such page reads too.
CREATE TABLE place_cell (
    cell     integer NOT NULL,
    place_id bigint  NOT NULL,
    west     double precision NOT NULL,
    south    double precision NOT NULL,
    east     double precision NOT NULL,
    north    double precision NOT NULL,
    PRIMARY KEY (cell, place_id) INCLUDE (west, south, east, north)
);
CREATE INDEX place_cell_place ON place_cell (place_id);

-- A single SELECT, so that PostgreSQL inlines it where it is called in FROM.
CREATE FUNCTION place_cells(bounds box) RETURNS SETOF integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN span.wide THEN -1 ELSE x * 10000 + y END
    FROM (
        SELECT west, east, south, north, (east - west + 1) * (north - south + 1) > 4 AS wide
        FROM (
            SELECT floor(w)::integer - (floor(w) = w)::integer + 1800 AS west, floor(e)::integer + 1800 AS east,
                   floor(s)::integer - (floor(s) = s)::integer + 900 AS south, floor(n)::integer + 900 AS north
            FROM (SELECT (bounds[1])[0] * 10 AS w, (bounds[0])[0] * 10 AS e, (bounds[1])[1] * 10 AS s, (bounds[0])[1] * 10 AS n) tenths
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
    INSERT INTO place_cell (cell, place_id, west, south, east, north)
    SELECT cell, n.id, (n.bounds[1])[0], (n.bounds[1])[1], (n.bounds[0])[0], (n.bounds[0])[1]
    FROM new_rows n CROSS JOIN LATERAL place_cells(n.bounds) AS cell
    WHERE n.bounds IS NOT NULL;
    RETURN NULL;
END
$$;

CREATE FUNCTION place_cell_file_moved() RETURNS trigger
LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    DELETE FROM place_cell c USING new_rows n JOIN old_rows o USING (id)
    WHERE c.place_id = n.id AND o.geom IS DISTINCT FROM n.geom;
    INSERT INTO place_cell (cell, place_id, west, south, east, north)
    SELECT cell, n.id, (n.bounds[1])[0], (n.bounds[1])[1], (n.bounds[0])[0], (n.bounds[0])[1]
    FROM new_rows n JOIN old_rows o USING (id) CROSS JOIN LATERAL place_cells(n.bounds) AS cell
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

INSERT INTO place_cell (cell, place_id, west, south, east, north)
SELECT cell, p.id, (p.bounds[1])[0], (p.bounds[1])[1], (p.bounds[0])[0], (p.bounds[0])[1]
FROM place p CROSS JOIN LATERAL place_cells(p.bounds) AS cell WHERE p.bounds IS NOT NULL;
ANALYZE place_cell;
