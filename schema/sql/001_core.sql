-- The registry's core tables. PostGIS is the source of truth; every geometry is SRID 4326
-- (CGCS2000 ~ WGS84). Nothing is hard-deleted: rows are retired through valid_to / status.

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- 行政区划: the statistical division units, every vintage. A code is withdrawn and reissued
-- when units merge, split or change status, so a code is unique only among current rows.
CREATE TABLE division (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                text NOT NULL CHECK (code ~ '^[0-9]{12}$'),
    level               text NOT NULL CHECK (level IN ('province','city','county','township','village')),
    name                text NOT NULL,
    -- The name without its generic (运城 for 运城市, 盐湖 for 盐湖区); null when stripping would
    -- leave a single character (隰县 stays 隰县).
    short_name          text,
    parent_code         text,
    -- The ..71 zones (development zones, scenic areas) that are statistical, not legal divisions.
    is_statistical_zone boolean NOT NULL DEFAULT false,
    valid_from          date,
    valid_to            date,
    boundary            geometry(MultiPolygon, 4326),
    point               geometry(Point, 4326),
    -- True when the point was placed by the importer (inside the county polygon), not surveyed.
    point_derived       boolean NOT NULL DEFAULT false,
    provenance          text NOT NULL DEFAULT 'official' CHECK (provenance IN ('official','sample','derived','collected')),
    source              text
);
CREATE UNIQUE INDEX division_current_code ON division (code) WHERE valid_to IS NULL;
CREATE INDEX division_code ON division (code);
CREATE INDEX division_parent ON division (parent_code);
CREATE INDEX division_boundary ON division USING gist (boundary);
CREATE INDEX division_point ON division USING gist (point);
CREATE INDEX division_name_trgm ON division USING gin (name gin_trgm_ops);

-- Dated changes to divisions: rename, merge, split, transfer, establish, abolish, status change.
CREATE TABLE admin_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change_date date NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('establish','rename','merge','split','transfer','abolish','status_change')),
    document    text,
    note        text,
    source      text
);
CREATE TABLE admin_change_unit (
    change_id   bigint NOT NULL REFERENCES admin_change(id),
    role        text NOT NULL CHECK (role IN ('from','to')),
    division_id bigint NOT NULL REFERENCES division(id),
    -- 'part' when only part of the unit went into the change (南郊区 split between two districts).
    share       text NOT NULL DEFAULT 'whole' CHECK (share IN ('whole','part')),
    PRIMARY KEY (change_id, role, division_id)
);
CREATE INDEX admin_change_unit_division ON admin_change_unit (division_id);

-- Census classes and categories, kept as data (GB/T 18521 codes only where confirmed).
CREATE TABLE place_category (
    code         text PRIMARY KEY,
    name_zh      text NOT NULL,
    name_en      text NOT NULL,
    census_class text NOT NULL,
    gbt_code     text
);

-- 地名: every named place, divisions' own places included.
CREATE TABLE place (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- 地名代码; for a division's own place, the division's 12-digit code.
    code               text,
    name               text NOT NULL,
    specific           text,          -- 专名
    generic            text,          -- 通名
    short_name         text,
    name_traditional   text,
    category           text NOT NULL REFERENCES place_category(code),
    -- Romanization: 'Hóngtóng Xiàn', 'Hongtong Xian', 'hongtongxian', 'hdx'.
    romanized          text,
    romanized_toneless text,
    pinyin_key         text,
    pinyin_initials    text,
    reading_needs_review boolean NOT NULL DEFAULT false,
    aliases            text[] NOT NULL DEFAULT '{}',
    -- The smallest division the place lies in (12 digits), and every one for places spanning several.
    division_code      text,
    division_codes     text[] NOT NULL DEFAULT '{}',
    geom               geometry(Geometry, 4326) NOT NULL,
    -- A representative point (labels, distance, KNN); equals geom for points.
    point              geometry(Point, 4326) NOT NULL,
    geom_derived       boolean NOT NULL DEFAULT false,
    meaning            text,          -- 含义
    origin             text,          -- 来历
    history            text,          -- 沿革
    description        text,
    approval_authority text,
    approval_document  text,
    approval_date      date,
    announcement_date  date,
    status             text NOT NULL DEFAULT 'current' CHECK (status IN ('current','proposed','historical','retired')),
    valid_from         date,
    valid_to           date,
    provenance         text NOT NULL CHECK (provenance IN ('official','sample','derived','collected')),
    sources            text,
    registered_by      text,
    registered_at      timestamptz NOT NULL DEFAULT now(),
    version            integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX place_code ON place (code) WHERE code IS NOT NULL;
CREATE INDEX place_division_code ON place (division_code text_pattern_ops);
CREATE INDEX place_category_idx ON place (category);
CREATE INDEX place_pinyin_key ON place (pinyin_key);
CREATE INDEX place_geom ON place USING gist (geom);
CREATE INDEX place_point ON place USING gist (point);
CREATE INDEX place_name_trgm ON place USING gin (name gin_trgm_ops);

-- Former names of a place, with the years they were in use.
CREATE TABLE place_former_name (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    place_id    bigint NOT NULL REFERENCES place(id),
    name        text NOT NULL,
    from_year   integer,
    to_year     integer,
    approximate boolean NOT NULL DEFAULT false,
    source      text,
    note        text
);
CREATE INDEX place_former_name_place ON place_former_name (place_id);
CREATE INDEX place_former_name_trgm ON place_former_name USING gin (name gin_trgm_ops);

-- Historical names: the CHGIS records, and the protection-list entries (千年古县, 古村落, ...).
CREATE TABLE historical_name (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                text NOT NULL,
    name_traditional    text,
    romanized           text,
    pinyin_key          text,
    feature_type        text,
    begin_year          integer,        -- negative years are BCE
    end_year            integer,
    begin_approximate   boolean NOT NULL DEFAULT false,
    end_approximate     boolean NOT NULL DEFAULT false,
    dynasty             text,
    status              text CHECK (status IN ('in_use','renamed','abolished')),
    geom                geometry(Geometry, 4326),
    meaning             text,
    origin              text,
    evolution           text,           -- 沿革
    -- Protection listing; null list_level: a historical name that is not on a list.
    list_level          text CHECK (list_level IN ('province','city','county')),
    list_batch          text,
    list_date           date,
    list_category       text,
    evidence            text,
    protection_measures text[] NOT NULL DEFAULT '{}',
    place_id            bigint REFERENCES place(id),
    division_code       text,
    source_id           text,           -- e.g. the CHGIS TGAZ id
    provenance          text NOT NULL CHECK (provenance IN ('official','sample','derived','collected')),
    version             integer NOT NULL DEFAULT 1
);
CREATE INDEX historical_name_geom ON historical_name USING gist (geom);
CREATE INDEX historical_name_years ON historical_name (begin_year, end_year);
CREATE INDEX historical_name_trgm ON historical_name USING gin (name gin_trgm_ops);

CREATE TABLE citation (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    historical_name_id bigint NOT NULL REFERENCES historical_name(id),
    source             text NOT NULL,
    page               text,
    note               text,
    certainty          text CHECK (certainty IN ('certain','probable','uncertain'))
);
CREATE INDEX citation_historical_name ON citation (historical_name_id);

-- Naming proposals of the rural naming initiative (乡村著名行动) and renames/retirements.
CREATE TABLE proposal (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('name','rename','retire')),
    state           text NOT NULL CHECK (state IN ('draft','submitted','accepted','assessing','review','approved','rejected','withdrawn','filed','announced','standard','signed')),
    proposed_name   text NOT NULL,
    romanized       text,
    pinyin_key      text,
    category        text NOT NULL REFERENCES place_category(code),
    division_code   text NOT NULL,
    geom            geometry(Geometry, 4326),
    rationale       text,
    applicant       text NOT NULL,
    target_place_id bigint REFERENCES place(id),
    place_id        bigint REFERENCES place(id),
    approved_on     date,
    filed_on        date,
    announced_on    date,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    provenance      text NOT NULL CHECK (provenance IN ('official','sample','derived','collected')),
    version         integer NOT NULL DEFAULT 1
);
CREATE INDEX proposal_state ON proposal (state);
CREATE INDEX proposal_division ON proposal (division_code text_pattern_ops);
CREATE INDEX proposal_pinyin_key ON proposal (pinyin_key);

CREATE TABLE proposal_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    proposal_id bigint NOT NULL REFERENCES proposal(id),
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    from_state  text,
    to_state    text NOT NULL,
    note        text,
    reports     jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX proposal_event_proposal ON proposal_event (proposal_id);

-- Points of interest and village names collected in the field.
CREATE TABLE poi (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL,
    pinyin_key   text,
    category     text NOT NULL,
    geom         geometry(Point, 4326) NOT NULL,
    division_code text,
    state        text NOT NULL CHECK (state IN ('pending','accepted','merged','rejected')),
    collected_by text NOT NULL,
    collected_at timestamptz NOT NULL DEFAULT now(),
    photo        text,
    note         text,
    place_id     bigint REFERENCES place(id),
    provenance   text NOT NULL CHECK (provenance IN ('official','sample','derived','collected')),
    version      integer NOT NULL DEFAULT 1
);
CREATE INDEX poi_geom ON poi USING gist (geom);
CREATE INDEX poi_state ON poi (state);

-- The audit trail and the change feed: every write appends here in the same transaction.
CREATE TABLE change_log (
    seq       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL DEFAULT now(),
    entity    text NOT NULL,
    entity_id text NOT NULL,
    op        text NOT NULL CHECK (op IN ('insert','update','retire','import')),
    actor     text NOT NULL,
    before    jsonb,
    after     jsonb
);
CREATE INDEX change_log_entity ON change_log (entity, entity_id);

-- What has been imported, so a second start does not import again.
CREATE TABLE import_run (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dataset     text NOT NULL,
    fingerprint text NOT NULL,
    rows        bigint NOT NULL,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz NOT NULL DEFAULT now()
);
