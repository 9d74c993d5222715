-- Indexes for the naming checks (checkName, and every proposal): a proposed name is compared with
-- the current names and the pending proposals of its scope, by category, on the characters (name,
-- specific) and on the toneless pinyin key (equal for a whole name, a prefix for a specific:
-- 平鲁 'pinglu' finds pingluqu and pingluxian). text_pattern_ops serves both = and LIKE 'prefix%'.
CREATE INDEX place_naming_key      ON place (category, pinyin_key text_pattern_ops) WHERE status IN ('current', 'proposed');
CREATE INDEX place_naming_name     ON place (category, name)                        WHERE status IN ('current', 'proposed');
CREATE INDEX place_naming_specific ON place (category, specific)                    WHERE status IN ('current', 'proposed');

-- Pending proposals: submitted up to announced (a draft is nobody's claim yet; standard and signed
-- proposals are places by then).
CREATE INDEX proposal_naming_key  ON proposal (category, pinyin_key text_pattern_ops)
    WHERE state IN ('submitted', 'accepted', 'assessing', 'review', 'approved', 'filed', 'announced');
CREATE INDEX proposal_naming_name ON proposal (category, proposed_name)
    WHERE state IN ('submitted', 'accepted', 'assessing', 'review', 'approved', 'filed', 'announced');

-- A rename is checked against the protection lists by the place's id or by its name in its county.
CREATE INDEX historical_name_listed ON historical_name (name) WHERE list_level IS NOT NULL;

-- POI duplicate detection compares the names near a submitted point, places and POIs alike.
CREATE INDEX poi_pinyin_key ON poi (pinyin_key);
