-- approving_level names place categories: make that a foreign key, so a category code mistyped in
-- the table (or a category removed) cannot leave a proposal approved at the wrong level.
-- place_category is filled by the importer (data/categories.csv) after the migrations; the
-- categories approving_level names are inserted here as they stand in that file (the importer
-- upserts them later), so the key holds on a fresh database as on an imported one.
INSERT INTO place_category (code, name_zh, name_en, census_class, gbt_code) VALUES
    ('province', '省', 'province', 'administrative_area', NULL),
    ('city', '地级市', 'prefecture-level city', 'administrative_area', NULL),
    ('county', '县级行政区', 'county-level unit (county / district / county-level city)', 'administrative_area', NULL),
    ('township', '乡级行政区', 'township-level unit (township / town / subdistrict)', 'administrative_area', NULL),
    ('development_zone', '开发区', 'development zone', 'non_administrative_area', NULL),
    ('scenic_area', '风景名胜区', 'scenic area', 'non_administrative_area', NULL),
    ('highway', '公路', 'highway', 'transport_facility', NULL),
    ('reservoir', '水库', 'reservoir', 'water_power_communication_facility', NULL),
    ('power_station', '电站', 'power station', 'water_power_communication_facility', NULL),
    ('village_committee', '村民委员会', 'village committee (administrative village)', 'self_governing_organisation', NULL),
    ('community', '社区居民委员会', 'community (residents'' committee)', 'self_governing_organisation', NULL),
    ('natural_village', '自然村', 'natural village', 'settlement', NULL),
    ('residential_area', '居民区', 'residential area (小区 / 新村)', 'settlement', NULL),
    ('street', '街', 'street', 'transport_facility', NULL),
    ('road', '路', 'road', 'transport_facility', NULL),
    ('lane', '巷', 'lane (巷 / 胡同)', 'transport_facility', NULL),
    ('bridge', '桥', 'bridge', 'transport_facility', NULL)
ON CONFLICT (code) DO NOTHING;

ALTER TABLE approving_level
    ADD CONSTRAINT approving_level_category_fkey FOREIGN KEY (category) REFERENCES place_category (code);
