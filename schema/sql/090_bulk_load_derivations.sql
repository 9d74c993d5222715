-- The bulk loads (the real import, the sample) COPY hundreds of thousands of rows into place, poi
-- and division. The triggers that keep the derived tables (tile_point 060, tile_boundary 060,
-- division_boundary_part 080, place_part 082, place_cell 083) ran inside every such COPY: a call
-- per row for the row triggers, a transition table of every new row for the statement triggers,
-- and every new derived row went into the derived tables' indexes one at a time. That upkeep took
-- the full-scale load from 31 s to 62 s.
-- Here each derivation gets one definition that both ways use: the trigger for a few rows, and a
-- fill function that derives the rows of a whole load in one INSERT ... SELECT. A bulk load drops
-- the insert triggers named in bulk_load_derivation inside its transaction (with the derived
-- tables' secondary indexes), COPYs, calls each fill with the first id it loaded, and creates the
-- triggers and indexes again before it commits, so the derived tables end up as the triggers would
-- have made them (a test holds the two equal).

-- place_cell: the cells of a place's extent with its corners, for the trigger and the fill alike.
CREATE FUNCTION place_cell_entries(id bigint, extent box)
RETURNS TABLE (cell integer, place_id bigint, west double precision, south double precision, east double precision, north double precision)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT cell, id, (extent[1])[0], (extent[1])[1], (extent[0])[0], (extent[0])[1]
    FROM place_cells(extent) AS cell
    WHERE extent IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION place_cell_file_inserted() RETURNS trigger
LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    INSERT INTO place_cell (cell, place_id, west, south, east, north)
    SELECT e.* FROM new_rows n CROSS JOIN LATERAL place_cell_entries(n.id, n.bounds) AS e;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION place_cell_file_moved() RETURNS trigger
LANGUAGE plpgsql SET jit = off AS $$
BEGIN
    DELETE FROM place_cell c USING new_rows n JOIN old_rows o USING (id)
    WHERE c.place_id = n.id AND o.geom IS DISTINCT FROM n.geom;
    INSERT INTO place_cell (cell, place_id, west, south, east, north)
    SELECT e.* FROM new_rows n JOIN old_rows o USING (id) CROSS JOIN LATERAL place_cell_entries(n.id, n.bounds) AS e
    WHERE o.geom IS DISTINCT FROM n.geom;
    RETURN NULL;
END
$$;

CREATE FUNCTION place_cell_fill(first_id bigint) RETURNS void
LANGUAGE sql SET jit = off AS $$
    INSERT INTO place_cell (cell, place_id, west, south, east, north)
    SELECT e.* FROM place p CROSS JOIN LATERAL place_cell_entries(p.id, p.bounds) AS e
    WHERE p.id >= first_id
$$;

-- place_part: the pieces of a line or polygon (a point has none).
CREATE FUNCTION place_part_pieces(shape geometry) RETURNS SETOF geometry
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ST_Subdivide(shape, 64) WHERE GeometryType(shape) <> 'POINT'
$$;

CREATE OR REPLACE FUNCTION place_part_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM place_part WHERE place_id = OLD.id;
    END IF;
    INSERT INTO place_part (place_id, part) SELECT NEW.id, piece FROM place_part_pieces(NEW.geom) AS piece;
    RETURN NULL;
END
$$;

CREATE FUNCTION place_part_fill(first_id bigint) RETURNS void
LANGUAGE sql SET jit = off AS $$
    INSERT INTO place_part (place_id, part)
    SELECT p.id, piece FROM place p CROSS JOIN LATERAL place_part_pieces(p.geom) AS piece
    WHERE p.id >= first_id
$$;

-- tile_point: the views of 060 are the derivation; the triggers insert from them by id, the fills by range.
CREATE FUNCTION tile_point_fill_places(first_id bigint) RETURNS void
LANGUAGE sql SET jit = off AS $$
    INSERT INTO tile_point SELECT v.* FROM tile_point_of_place v WHERE v.id >= first_id
$$;

CREATE FUNCTION tile_point_fill_pois(first_id bigint) RETURNS void
LANGUAGE sql SET jit = off AS $$
    INSERT INTO tile_point SELECT v.* FROM tile_point_of_poi v WHERE v.id >= first_id
$$;

-- tile_boundary: tile_boundary_of_division (060) is the derivation.
CREATE FUNCTION tile_boundary_fill(first_id bigint) RETURNS void
LANGUAGE sql SET jit = off AS $$
    INSERT INTO tile_boundary SELECT b.* FROM division d CROSS JOIN LATERAL tile_boundary_of_division(d) AS b
    WHERE d.id >= first_id
$$;

-- division_boundary_part: the pieces of a current boundary.
CREATE FUNCTION division_boundary_part_of(d division) RETURNS SETOF division_boundary_part
LANGUAGE sql STABLE AS $$
    SELECT d.id, d.level, ST_Subdivide(d.boundary, 128)
    WHERE d.boundary IS NOT NULL AND d.valid_to IS NULL
$$;

CREATE OR REPLACE FUNCTION division_boundary_part_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM division_boundary_part WHERE division_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO division_boundary_part (division_id, level, part) SELECT * FROM division_boundary_part_of(NEW);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION division_boundary_part_fill(first_id bigint) RETURNS void
LANGUAGE sql SET jit = off AS $$
    INSERT INTO division_boundary_part (division_id, level, part)
    SELECT b.* FROM division d CROSS JOIN LATERAL division_boundary_part_of(d) AS b
    WHERE d.id >= first_id
$$;

-- Which trigger of a loaded table keeps which derived table, and the function that derives, in one
-- statement, what that trigger would have for every row of the table with an id from first_id on.
-- A bulk load drops only the triggers listed here; any other trigger fires as usual. Whoever adds
-- a trigger-kept table adds its row here (and its fill), or bulk loads keep paying for its trigger.
CREATE TABLE bulk_load_derivation (
    source_table  text NOT NULL,
    trigger_name  text NOT NULL,
    derived_table text NOT NULL,
    fill          regproc NOT NULL,
    PRIMARY KEY (source_table, trigger_name)
);
INSERT INTO bulk_load_derivation (source_table, trigger_name, derived_table, fill) VALUES
    ('division', 'tile_boundary_sync', 'tile_boundary', 'tile_boundary_fill'),
    ('division', 'division_boundary_part_sync', 'division_boundary_part', 'division_boundary_part_fill'),
    ('place', 'tile_point_place_insert', 'tile_point', 'tile_point_fill_places'),
    ('place', 'place_part_insert', 'place_part', 'place_part_fill'),
    ('place', 'place_cell_insert', 'place_cell', 'place_cell_fill'),
    ('poi', 'tile_point_poi_insert', 'tile_point', 'tile_point_fill_pois');
