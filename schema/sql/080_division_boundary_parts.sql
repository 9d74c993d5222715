-- Reverse geocoding asks "which county covers this point?" of 121 county polygons with 70,000
-- vertices between them. Tested whole, every polygon whose box holds the point is walked vertex by
-- vertex; the tolerance for slivers between two shapes (ST_DWithin on geography) had no index at all.
-- The current boundaries cut into pieces of at most 128 vertices (ST_Subdivide), each with its
-- own GiST entry, answer with one or two small tests. A trigger keeps the pieces in step with
-- division: every insert, update or delete of a row redoes that row's pieces.
CREATE TABLE division_boundary_part (
    division_id bigint NOT NULL REFERENCES division (id) ON DELETE CASCADE,
    level       text NOT NULL,
    part        geometry(Geometry, 4326) NOT NULL
);
CREATE INDEX division_boundary_part_part ON division_boundary_part USING gist (part);
CREATE INDEX division_boundary_part_division ON division_boundary_part (division_id);

CREATE FUNCTION division_boundary_part_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM division_boundary_part WHERE division_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.boundary IS NOT NULL AND NEW.valid_to IS NULL THEN
        INSERT INTO division_boundary_part (division_id, level, part)
        SELECT NEW.id, NEW.level, ST_Subdivide(NEW.boundary, 128);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER division_boundary_part_sync
    AFTER INSERT OR DELETE OR UPDATE OF boundary, valid_to, level ON division
    FOR EACH ROW EXECUTE FUNCTION division_boundary_part_sync();

INSERT INTO division_boundary_part (division_id, level, part)
SELECT id, level, ST_Subdivide(boundary, 128) FROM division WHERE boundary IS NOT NULL AND valid_to IS NULL;
