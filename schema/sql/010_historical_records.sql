-- The protected-name record in full, the dynasty table, and the lineage of historical names.
-- Years are whole years with no year 0: -221 is 221 BCE, 1 BCE is followed by 1 CE.

-- 朝代: the periods historians ask by, as data. Periods overlap (三国, 十六国 and 南北朝 split the
-- north and the south); a query by dynasty matches names in use during any part of it.
CREATE TABLE dynasty (
    name        text PRIMARY KEY,           -- 唐
    name_en     text NOT NULL,              -- Tang
    -- Other ways people write it: 唐朝, tang dynasty, T'ang.
    aliases     text[] NOT NULL DEFAULT '{}',
    start_year  integer NOT NULL CHECK (start_year <> 0),
    end_year    integer CHECK (end_year <> 0),      -- null while it lasts
    -- The order of the usual Chinese chronology, for listing.
    sequence    integer NOT NULL UNIQUE,
    source      text NOT NULL,
    CHECK (end_year IS NULL OR start_year <= end_year)
);

INSERT INTO dynasty (name, name_en, aliases, start_year, end_year, sequence, source) VALUES
    ('夏',   'Xia',              '{夏朝,Hsia}',                    -2070, -1600, 1,  'conventional dates of the Xia–Shang–Zhou Chronology Project (夏商周断代工程), 2000'),
    ('商',   'Shang',            '{商朝,殷,殷商}',                  -1600, -1046, 2,  'conventional dates of the Xia–Shang–Zhou Chronology Project (夏商周断代工程), 2000'),
    ('西周', 'Western Zhou',     '{Western Chou}',                 -1046, -771,  3,  'conventional dates of the Xia–Shang–Zhou Chronology Project (夏商周断代工程), 2000'),
    ('东周', 'Eastern Zhou',     '{東周,Eastern Chou}',             -770,  -256,  4,  'Cambridge History of Ancient China (1999)'),
    ('春秋', 'Spring and Autumn','{Ch''un-ch''iu,Chunqiu}',         -770,  -476,  5,  'Cambridge History of Ancient China (1999)'),
    ('战国', 'Warring States',   '{戰國,Zhanguo}',                  -475,  -221,  6,  'Cambridge History of Ancient China (1999)'),
    ('秦',   'Qin',              '{秦朝,Ch''in}',                   -221,  -207,  7,  'Cambridge History of China vol. 1 (1986)'),
    ('西汉', 'Western Han',      '{西漢,前汉,Former Han}',          -206,  8,     8,  'Cambridge History of China vol. 1 (1986)'),
    ('新',   'Xin',              '{新朝,Hsin}',                     9,     23,    9,  'Cambridge History of China vol. 1 (1986)'),
    ('东汉', 'Eastern Han',      '{東漢,后汉,Later Han}',           25,    220,   10, 'Cambridge History of China vol. 1 (1986)'),
    ('三国', 'Three Kingdoms',   '{三國,曹魏,魏,San-kuo}',          220,   280,   11, 'Cambridge History of China vol. 2 (2019)'),
    ('西晋', 'Western Jin',      '{西晉,Western Chin}',             266,   316,   12, 'Cambridge History of China vol. 2 (2019)'),
    ('东晋', 'Eastern Jin',      '{東晉,Eastern Chin}',             317,   420,   13, 'Cambridge History of China vol. 2 (2019)'),
    ('十六国', 'Sixteen Kingdoms','{十六國,五胡十六国}',            304,   439,   14, 'Cambridge History of China vol. 2 (2019)'),
    ('北魏', 'Northern Wei',     '{拓跋魏,Northern Wei}',           386,   534,   15, 'Cambridge History of China vol. 2 (2019)'),
    ('东魏', 'Eastern Wei',      '{東魏}',                          534,   550,   16, 'Cambridge History of China vol. 2 (2019)'),
    ('北齐', 'Northern Qi',      '{北齊,Northern Ch''i}',           550,   577,   17, 'Cambridge History of China vol. 2 (2019)'),
    ('北周', 'Northern Zhou',    '{Northern Chou}',                557,   581,   18, 'Cambridge History of China vol. 2 (2019)'),
    ('隋',   'Sui',              '{隋朝}',                          581,   618,   19, 'Cambridge History of China vol. 3 (1979)'),
    ('唐',   'Tang',             '{唐朝,T''ang}',                   618,   907,   20, 'Cambridge History of China vol. 3 (1979)'),
    ('五代', 'Five Dynasties',   '{五代十国,五代十國,Wu-tai}',      907,   960,   21, 'Cambridge History of China vol. 5 part 1 (2009)'),
    ('辽',   'Liao',             '{遼,契丹,Khitan}',                916,   1125,  22, 'Cambridge History of China vol. 6 (1994)'),
    ('北宋', 'Northern Song',    '{Northern Sung}',                960,   1127,  23, 'Cambridge History of China vol. 5 part 1 (2009)'),
    ('金',   'Jin',              '{金朝,Chin,Jurchen Jin}',         1115,  1234,  24, 'Cambridge History of China vol. 6 (1994)'),
    ('元',   'Yuan',             '{元朝,Yüan}',                     1271,  1368,  25, 'Cambridge History of China vol. 6 (1994)'),
    ('明',   'Ming',             '{明朝}',                          1368,  1644,  26, 'Cambridge History of China vols. 7-8 (1988, 1998)'),
    ('清',   'Qing',             '{清朝,Ch''ing}',                  1644,  1912,  27, 'Cambridge History of China vols. 9-11 (2002, 1978, 1980)'),
    ('中华民国', 'Republic of China', '{民国,民國,中華民國}',       1912,  1949,  28, 'Cambridge History of China vols. 12-13 (1983, 1986)'),
    ('中华人民共和国', 'People''s Republic of China', '{新中国,PRC}', 1949, NULL, 29, 'founded 1 October 1949');

-- A CHGIS export writes 0 for an end year it does not know: null says so without a year 0.
UPDATE historical_name SET end_year = NULL WHERE end_year = 0;
UPDATE historical_name SET begin_year = NULL WHERE begin_year = 0;

ALTER TABLE historical_name
    -- The era or year the name arose (隋开皇三年, 明洪武初), beside begin_year.
    ADD COLUMN arose_era         text,
    ADD COLUMN arose_year        integer CHECK (arose_year <> 0),
    -- How exact begin_year / end_year are: a year, a decade, a century, or only a dynasty's range.
    ADD COLUMN begin_precision   text NOT NULL DEFAULT 'year' CHECK (begin_precision IN ('year','decade','century','dynasty')),
    ADD COLUMN end_precision     text NOT NULL DEFAULT 'year' CHECK (end_precision IN ('year','decade','century','dynasty')),
    ADD COLUMN reading           text,     -- pinyin with tones, as the listing gives it
    ADD COLUMN location          text,     -- where it lies today, in words (山西洪洞县北赵城)
    ADD CONSTRAINT historical_name_no_year_zero CHECK (begin_year <> 0 AND end_year <> 0),
    ADD CONSTRAINT historical_name_years_ordered CHECK (begin_year IS NULL OR end_year IS NULL OR begin_year <= end_year);

CREATE INDEX historical_name_list ON historical_name (list_level, list_category, status);
CREATE INDEX historical_name_division ON historical_name (division_code text_pattern_ops);

-- 沿革 as events: how one historical name became another, or began or ended. A link names a
-- historical_name row where the registry holds one, else a division (a name that became today's
-- unit), else only the name as the source gives it.
CREATE TABLE name_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('named','renamed','merged','split','transferred','abolished')),
    year            integer NOT NULL CHECK (year <> 0),
    approximate     boolean NOT NULL DEFAULT false,
    note            text,
    source          text,
    provenance      text NOT NULL CHECK (provenance IN ('official','sample','derived','collected'))
);
CREATE TABLE name_event_link (
    event_id            bigint NOT NULL REFERENCES name_event(id),
    role                text NOT NULL CHECK (role IN ('from','to')),
    historical_name_id  bigint REFERENCES historical_name(id),
    division_id         bigint REFERENCES division(id),
    name                text NOT NULL
);
CREATE INDEX name_event_link_event ON name_event_link (event_id);
CREATE INDEX name_event_link_name ON name_event_link (historical_name_id) WHERE historical_name_id IS NOT NULL;
CREATE INDEX name_event_link_division ON name_event_link (division_id) WHERE division_id IS NOT NULL;
