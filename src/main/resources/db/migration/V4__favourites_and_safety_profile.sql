-- Favourites and the personal safety profile. Plain SQL for H2 and PostgreSQL.
-- Everything here belongs to one account and goes with it: deleting the account row
-- cascades to these tables, so account deletion needs no code of its own for them.

CREATE TABLE favourite (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    routine_id BIGINT NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, routine_id)
);
CREATE INDEX favourite_routine ON favourite (routine_id);

-- One row per account that has saved a safety profile; the ticks live in the two tables below.
CREATE TABLE safety_profile (
    account_id BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Cautions (those asked before a session) that apply to the person.
CREATE TABLE safety_profile_caution (
    account_id BIGINT NOT NULL REFERENCES safety_profile (account_id) ON DELETE CASCADE,
    caution_id BIGINT NOT NULL REFERENCES caution (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, caution_id)
);

-- Muscle groups / body areas the person wants to leave alone.
CREATE TABLE safety_profile_muscle_group (
    account_id      BIGINT NOT NULL REFERENCES safety_profile (account_id) ON DELETE CASCADE,
    muscle_group_id BIGINT NOT NULL REFERENCES muscle_group (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, muscle_group_id)
);
