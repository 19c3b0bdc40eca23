-- Sign-in throttling moved to memory (account.Attempts), counted per client address and per
-- typed email before each password check; the per-account lock kept here is no longer read.
ALTER TABLE account DROP COLUMN failed_sign_ins;
ALTER TABLE account DROP COLUMN locked_until;
