-- Why a write was made, when the writer had to say: a place retired directly by an administrator
-- (retirePlace) carries its reason here, in the same row as who, when, before and after.
ALTER TABLE change_log ADD COLUMN reason text;
