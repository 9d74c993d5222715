-- change_log.seq is an identity: numbers are drawn when a row is inserted, not when its
-- transaction commits. Two writers can draw 10 and 11 and commit 11 first; a follower that has
-- read 11 and continues after it would pass over 10 for good (the change feed's clients and every
-- node's search index alike).
--
-- So writers append one transaction at a time: the first statement of a transaction that inserts
-- into change_log takes a transaction-level advisory lock, before any row (and its seq) is formed,
-- and holds it until commit or rollback. PostgreSQL makes a commit visible before it releases the
-- transaction's locks, so the next writer draws its numbers only after every smaller number is
-- visible or rolled back: seq order is commit order, and "seq > last seen" never skips a row.
-- Ordering by transaction id instead (xid8 and the snapshot's xmin) would not do: the transaction
-- with the smaller id can commit later and hold the newer version of the same row.
--
-- The lock is held from a transaction's first change_log row to its end: writers append their
-- change_log rows last, just before commit (as the importers and the API's writes do).
CREATE FUNCTION change_log_take_turn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(72260030);
    RETURN NULL;
END
$$;

CREATE TRIGGER change_log_take_turn
    BEFORE INSERT ON change_log
    FOR EACH STATEMENT EXECUTE FUNCTION change_log_take_turn();
