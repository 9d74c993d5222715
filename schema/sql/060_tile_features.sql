-- Vector tiles were built from the registry's own tables on every request: each county polygon
-- simplified and transformed to Web Mercator whole (hundreds of vertices) for every tile it
-- touched, every point transformed, and the places layer filtered by category after its index
-- scan had read every point of the tile. These two tables hold what the tiles draw, ready to cut:
-- in EPSG:3857, county polygons simplified once per zoom, each point with the zoom from which it
-- appears (partial GiST indexes per zoom band answer "visible at zoom z in this box" directly).
-- Triggers keep them in step with place, poi, place_category and division in the writing
-- transaction, so a tile never lags a committed write.

-- The zoom from which each census class appears in the places layer (TileLayers.PlaceClassMinZoom;
-- a test holds the two equal).
CREATE TABLE tile_class_zoom (
    census_class text PRIMARY KEY,
    min_zoom     smallint NOT NULL
);
INSERT INTO tile_class_zoom (census_class, min_zoom) VALUES
    ('landform', 10), ('land_water_system', 10),
    ('non_administrative_area', 11), ('memorial_scenic_site', 11),
    ('settlement', 13), ('transport_facility', 13), ('water_power_communication_facility', 13),
    ('building', 13), ('organisation', 13);

-- Every point feature of the tiles: layer county_labels (from zoom 6), townships (9), villages (11),
-- places (by census class) from place; pois (14) from poi. code is cut to the layer's length.
CREATE TABLE tile_point (
    id         bigint NOT NULL,
    layer      text NOT NULL CHECK (layer IN ('county_labels', 'townships', 'villages', 'places', 'pois')),
    min_zoom   smallint NOT NULL,
    geom       geometry(Point, 3857) NOT NULL,
    code       text,
    name       text NOT NULL,
    pinyin     text,
    category   text,
    class      text,
    provenance text,
    state      text,
    PRIMARY KEY (id, layer)
);

-- Which layer a place category draws in and from which zoom.
CREATE VIEW tile_place_rule AS
SELECT c.code AS category, c.census_class,
       CASE WHEN c.code = 'county' THEN 'county_labels' WHEN c.code = 'township' THEN 'townships'
            WHEN c.code IN ('village_committee', 'community') THEN 'villages' ELSE 'places' END AS layer,
       CASE WHEN c.code = 'county' THEN 6 WHEN c.code = 'township' THEN 9
            WHEN c.code IN ('village_committee', 'community') THEN 11 ELSE z.min_zoom END::smallint AS min_zoom
FROM place_category c
LEFT JOIN tile_class_zoom z ON z.census_class = c.census_class
WHERE c.code IN ('county', 'township', 'village_committee', 'community') OR z.min_zoom IS NOT NULL;

-- What tile_point holds, read from the registry itself (the triggers insert from these by id).
CREATE VIEW tile_point_of_place AS
SELECT p.id, r.layer, r.min_zoom, ST_Transform(p.point, 3857)::geometry(Point, 3857) AS geom,
       CASE r.layer WHEN 'county_labels' THEN substr(p.code, 1, 6) WHEN 'townships' THEN substr(p.code, 1, 9)
                    WHEN 'villages' THEN p.code END AS code,
       p.name, p.romanized AS pinyin,
       CASE WHEN r.layer IN ('villages', 'places') THEN p.category END AS category,
       CASE WHEN r.layer = 'places' THEN r.census_class END AS class,
       CASE WHEN r.layer = 'places' THEN p.provenance END AS provenance,
       NULL::text AS state
FROM place p JOIN tile_place_rule r ON r.category = p.category
WHERE p.status = 'current';

CREATE VIEW tile_point_of_poi AS
SELECT o.id, 'pois'::text AS layer, 14::smallint AS min_zoom, ST_Transform(o.geom, 3857)::geometry(Point, 3857) AS geom,
       NULL::text AS code, o.name, NULL::text AS pinyin, o.category, NULL::text AS class, o.provenance, o.state
FROM poi o
WHERE o.state IN ('pending', 'accepted');

CREATE FUNCTION tile_point_sync_place() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM tile_point t USING old_rows o WHERE t.id = o.id AND t.layer <> 'pois';
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO tile_point SELECT v.* FROM tile_point_of_place v WHERE v.id IN (SELECT n.id FROM new_rows n);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tile_point_place_insert AFTER INSERT ON place
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tile_point_sync_place();
CREATE TRIGGER tile_point_place_update AFTER UPDATE ON place
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tile_point_sync_place();
CREATE TRIGGER tile_point_place_delete AFTER DELETE ON place
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tile_point_sync_place();

CREATE FUNCTION tile_point_sync_poi() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM tile_point t USING old_rows o WHERE t.id = o.id AND t.layer = 'pois';
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO tile_point SELECT v.* FROM tile_point_of_poi v WHERE v.id IN (SELECT n.id FROM new_rows n);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tile_point_poi_insert AFTER INSERT ON poi
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tile_point_sync_poi();
CREATE TRIGGER tile_point_poi_update AFTER UPDATE ON poi
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tile_point_sync_poi();
CREATE TRIGGER tile_point_poi_delete AFTER DELETE ON poi
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tile_point_sync_poi();

-- A category moved to another census class moves its places to that class's zoom.
CREATE FUNCTION tile_point_sync_category() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM tile_point t USING place p, new_rows n
    WHERE p.category = n.code AND t.id = p.id AND t.layer <> 'pois';
    INSERT INTO tile_point SELECT v.* FROM tile_point_of_place v WHERE v.category IN (SELECT n.code FROM new_rows n)
        OR v.id IN (SELECT p.id FROM place p JOIN new_rows n ON p.category = n.code);
    RETURN NULL;
END
$$;
CREATE TRIGGER tile_point_category_update AFTER UPDATE ON place_category
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tile_point_sync_category();

INSERT INTO tile_point SELECT * FROM tile_point_of_place;
INSERT INTO tile_point SELECT * FROM tile_point_of_poi;

-- Built after the first fill (one sorted build each instead of a row-by-row insert).
CREATE INDEX tile_point_z9  ON tile_point USING gist (geom) WHERE min_zoom <= 9;
CREATE INDEX tile_point_z10 ON tile_point USING gist (geom) WHERE min_zoom <= 10;
CREATE INDEX tile_point_z12 ON tile_point USING gist (geom) WHERE min_zoom <= 12;
CREATE INDEX tile_point_all ON tile_point USING gist (geom);

-- Current county polygons in EPSG:3857, simplified for each zoom from 4 to 14 (tolerance half a
-- tile unit of that zoom, as the tiles drew them), so a tile only clips.
CREATE TABLE tile_boundary (
    division_id bigint NOT NULL REFERENCES division (id) ON DELETE CASCADE,
    zoom        smallint NOT NULL,
    code        text NOT NULL,
    name        text NOT NULL,
    geom        geometry(Geometry, 3857) NOT NULL,
    PRIMARY KEY (division_id, zoom)
);
CREATE INDEX tile_boundary_geom ON tile_boundary USING gist (geom);

CREATE FUNCTION tile_boundary_of_division(d division) RETURNS SETOF tile_boundary
LANGUAGE sql STABLE AS $$
    SELECT d.id, z::smallint, d.code, d.name,
           ST_SimplifyPreserveTopology(ST_Transform(d.boundary, 3857), 20037508.342789244 * 2 / (1 << z) / 4096 / 2)
    FROM generate_series(4, 14) AS z
    WHERE d.level = 'county' AND d.valid_to IS NULL AND d.boundary IS NOT NULL
$$;

CREATE FUNCTION tile_boundary_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM tile_boundary WHERE division_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO tile_boundary SELECT * FROM tile_boundary_of_division(NEW);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER tile_boundary_sync
    AFTER INSERT OR DELETE OR UPDATE OF boundary, valid_to, level, code, name ON division
    FOR EACH ROW EXECUTE FUNCTION tile_boundary_sync();

INSERT INTO tile_boundary SELECT b.* FROM division d CROSS JOIN LATERAL tile_boundary_of_division(d) b;
