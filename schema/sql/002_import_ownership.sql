-- Which import wrote a row, so a re-import (`gazetteer import --force`, or changed data files)
-- replaces exactly the rows of the earlier run of that dataset and nothing entered by people.
-- Null for rows written by the API.
ALTER TABLE division          ADD COLUMN import_run_id bigint REFERENCES import_run(id);
ALTER TABLE admin_change      ADD COLUMN import_run_id bigint REFERENCES import_run(id);
ALTER TABLE place             ADD COLUMN import_run_id bigint REFERENCES import_run(id);
ALTER TABLE place_former_name ADD COLUMN import_run_id bigint REFERENCES import_run(id);

CREATE INDEX division_import_run          ON division (import_run_id)          WHERE import_run_id IS NOT NULL;
CREATE INDEX admin_change_import_run      ON admin_change (import_run_id)      WHERE import_run_id IS NOT NULL;
CREATE INDEX place_import_run             ON place (import_run_id)             WHERE import_run_id IS NOT NULL;
CREATE INDEX place_former_name_import_run ON place_former_name (import_run_id) WHERE import_run_id IS NOT NULL;
CREATE INDEX import_run_dataset           ON import_run (dataset, fingerprint);

-- Replacing an import deletes its places; every foreign key to place is checked per deleted
-- row, which without these indexes scans the referring table once per place.
CREATE INDEX historical_name_place ON historical_name (place_id) WHERE place_id IS NOT NULL;
CREATE INDEX proposal_target_place ON proposal (target_place_id) WHERE target_place_id IS NOT NULL;
CREATE INDEX proposal_place        ON proposal (place_id) WHERE place_id IS NOT NULL;
CREATE INDEX poi_place             ON poi (place_id) WHERE place_id IS NOT NULL;
