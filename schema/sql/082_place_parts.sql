-- A bbox filter must still run ST_Intersects for the lines and polygons whose extent crosses the
-- box's edge (081). The province's, cities' and counties' own places are polygons of up to 7,853
-- vertices; they have the lowest ids, cross the edge of nearly every box and so land on nearly
-- every first page, and each test decompressed the whole polygon and walked it: ~0.5 ms apiece.
-- Their pieces of at most 64 vertices (ST_Subdivide; small enough to stay in the row, unTOASTed)
-- answer the same question with a test or two on a few small pieces. Every line and polygon is
-- kept here (most are one piece), so the exact test never reads place.geom; points never need it.
-- A trigger keeps the pieces in step with place.geom.
CREATE TABLE place_part (
    place_id bigint NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    part     geometry(Geometry, 4326) NOT NULL
);
CREATE INDEX place_part_place ON place_part (place_id);

CREATE FUNCTION place_part_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM place_part WHERE place_id = OLD.id;
    END IF;
    IF GeometryType(NEW.geom) <> 'POINT' THEN
        INSERT INTO place_part (place_id, part) SELECT NEW.id, ST_Subdivide(NEW.geom, 64);
    END IF;
    RETURN NULL;
END
$$;

-- The WHEN clauses spare the bulk loads a function call for each of their ~310,000 points.
CREATE TRIGGER place_part_insert AFTER INSERT ON place
    FOR EACH ROW WHEN (GeometryType(NEW.geom) <> 'POINT') EXECUTE FUNCTION place_part_sync();
CREATE TRIGGER place_part_update AFTER UPDATE OF geom ON place
    FOR EACH ROW WHEN (OLD.geom IS DISTINCT FROM NEW.geom) EXECUTE FUNCTION place_part_sync();

INSERT INTO place_part (place_id, part)
SELECT id, ST_Subdivide(geom, 64) FROM place WHERE GeometryType(geom) <> 'POINT';
ANALYZE place_part;
