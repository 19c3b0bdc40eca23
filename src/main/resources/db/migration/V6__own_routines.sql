-- Routines people make their own. A routine with an owner is private to that account and
-- never listed in the catalog; catalog routines have no owner. Deleting the account
-- deletes its routines (their steps follow through the existing cascades).
ALTER TABLE routine ADD COLUMN owner_id BIGINT;
ALTER TABLE routine ADD CONSTRAINT routine_owner_fk FOREIGN KEY (owner_id) REFERENCES account (id) ON DELETE CASCADE;
CREATE INDEX routine_owner ON routine (owner_id);

-- Optimistic locking: every save of the editor increments it, so a save made from an older
-- copy of the form (another tab) is refused instead of overwriting.
ALTER TABLE routine ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- When the routine was last saved from the editor; NULL for routines that never were.
ALTER TABLE routine ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
