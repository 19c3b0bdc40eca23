-- What several instances of the app must agree on besides sessions (issue 14).

-- Sign-in, sign-up and password-check attempts, counted per client address and per account
-- (account.Attempts). The key is a SHA-256 of what is counted (kind, address or email), so the
-- typed emails of failed attempts are not kept. Times are milliseconds since 1970 from the
-- instances' clocks; rows quiet for a quarter of an hour are deleted.
CREATE TABLE attempt_count (
    counted_key CHAR(64) NOT NULL PRIMARY KEY,
    attempts    INTEGER  NOT NULL,
    last_at     BIGINT   NOT NULL,
    not_before  BIGINT   NOT NULL
);
CREATE INDEX attempt_count_last_at ON attempt_count (last_at);

-- One row: moved on in the same transaction as every administrator's edit of the catalog, so
-- each instance knows when the public pages it keeps rendered (system.RenderedPages) are old.
CREATE TABLE catalog_version (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 0);
