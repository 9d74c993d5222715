-- Radius filters measure metres on the ellipsoid: ST_DWithin(geom::geography, point, metres).
-- An index on the same expression lets them use GiST instead of casting every row.
CREATE INDEX IF NOT EXISTS place_geography ON place USING gist ((geom::geography));
