-- The proposal workflow, POI review and the audit trail (issue 7).
-- The 66,000 sample proposals already hold the workflow's states and dated histories
-- (proposal, proposal_event); they keep them. What this adds is data the workflow decides by.

-- Who approves a name, per category (地名管理条例 art. 9-12 and Shanxi practice; the village
-- rules are provincial (?), so this is data, not code). County-level units and above are
-- decided by the State Council or the province: the registry records them at province level.
-- place_category is loaded by the importer (data/categories.csv) after the migrations, so these
-- tables name category codes without a foreign key; a category not listed is approved by the county.
CREATE TABLE approving_level (
    category text PRIMARY KEY,
    level    text NOT NULL CHECK (level IN ('province','city','county')),
    basis    text NOT NULL
);
INSERT INTO approving_level (category, level, basis) VALUES
    ('province', 'province', '国务院批准，省级登记'),
    ('city', 'province', '国务院批准，省级登记'),
    ('county', 'province', '国务院批准，省级登记'),
    ('township', 'province', '省人民政府批准'),
    ('development_zone', 'city', '设区的市人民政府批准'),
    ('scenic_area', 'city', '设区的市人民政府批准'),
    ('highway', 'city', '设区的市人民政府批准'),
    ('reservoir', 'city', '设区的市人民政府批准'),
    ('power_station', 'city', '设区的市人民政府批准'),
    ('village_committee', 'county', '县级人民政府批准（乡村地名规则由省级规定）'),
    ('community', 'county', '县级人民政府批准（乡村地名规则由省级规定）'),
    ('natural_village', 'county', '县级人民政府批准（乡村地名规则由省级规定）'),
    ('residential_area', 'county', '县级人民政府批准'),
    ('street', 'county', '县级人民政府批准'),
    ('road', 'county', '县级人民政府批准'),
    ('lane', 'county', '县级人民政府批准'),
    ('bridge', 'county', '县级人民政府批准');

-- Check results stored with the proposal when it is submitted and when it enters REVIEW;
-- who submitted it through the API (null for the sample and imported rows).
ALTER TABLE proposal ADD COLUMN checks      jsonb;
ALTER TABLE proposal ADD COLUMN checked_at  timestamptz;
ALTER TABLE proposal ADD COLUMN submitted_by text;
CREATE INDEX proposal_applicant ON proposal (applicant);
-- Overdue filing/announcement: approved or filed proposals by approval date.
CREATE INDEX proposal_awaiting_publication ON proposal (approved_on) WHERE state IN ('approved','filed');

-- POI categories as the collectors use them, and the place category an accepted POI becomes.
CREATE TABLE poi_category (
    code           text PRIMARY KEY,
    name_zh        text NOT NULL,
    place_category text NOT NULL
);
INSERT INTO poi_category (code, name_zh, place_category) VALUES
    ('clinic', '卫生室', 'organisation'),
    ('school', '学校', 'organisation'),
    ('public_service', '公共服务设施', 'organisation'),
    ('museum', '展馆', 'building'),
    ('square', '广场', 'square'),
    ('shop', '商店', 'building'),
    ('restaurant', '餐饮', 'building'),
    ('fuel', '加油站', 'building'),
    ('post', '邮政快递', 'organisation'),
    ('heritage', '历史遗存', 'memorial_site'),
    ('parking', '停车场', 'square'),
    ('bus_stop', '公交站', 'station'),
    ('natural_village', '自然村', 'natural_village'),
    ('bridge', '桥', 'bridge'),
    ('temple', '寺庙', 'temple');

-- What the duplicate detector found when the POI was submitted, and the review decision.
ALTER TABLE poi ADD COLUMN duplicates  jsonb NOT NULL DEFAULT '[]';
ALTER TABLE poi ADD COLUMN reviewed_by text;
ALTER TABLE poi ADD COLUMN reviewed_at timestamptz;
ALTER TABLE poi ADD COLUMN review_note text;
CREATE INDEX poi_division ON poi (division_code text_pattern_ops);

-- Audit queries: by actor and by time.
CREATE INDEX change_log_actor ON change_log (actor, seq);
CREATE INDEX change_log_at ON change_log (at);
