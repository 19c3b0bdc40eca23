-- Schema for tiered screening and safety cues inside the player. Plain SQL for H2 and PostgreSQL.
-- The catalog content that uses it comes in the next migrations.

-- A caution whose "yes" means: get help now (emergency), not only "do not start".
ALTER TABLE caution ADD COLUMN urgent BOOLEAN DEFAULT FALSE NOT NULL;
-- Signs listed under the question, separated by '|', for questions that ask about several
-- (the back-pain red flags); NULL for a plain yes/no question.
ALTER TABLE caution ADD COLUMN question_items VARCHAR(1500);

-- A caution's tier for one routine when it differs from the caution's own action, e.g.
-- pregnancy is "do not start" for belly pressure and "ask a professional first" for a stretch.
CREATE TABLE routine_caution_tier (
    routine_id BIGINT      NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    caution_id BIGINT      NOT NULL REFERENCES caution (id) ON DELETE CASCADE,
    action     VARCHAR(20) NOT NULL CONSTRAINT routine_caution_tier_action
                           CHECK (action IN ('DO_NOT_START', 'ASK_PROFESSIONAL', 'ADAPT')),
    PRIMARY KEY (routine_id, caution_id)
);

-- A short safety cue the player shows and speaks with the step and the sheet prints.
ALTER TABLE step ADD COLUMN safety_cue VARCHAR(300);
-- Consecutive each-side steps with side_block run as one block: all of them on the first
-- side, one turn-over, then all of them on the second side (side-lying work, moving a ball).
ALTER TABLE step ADD COLUMN side_block BOOLEAN DEFAULT FALSE NOT NULL;

-- "A professional has cleared me for this": remembered per account, routine and caution, for
-- cautions whose tier is "ask a professional first".
CREATE TABLE safety_clearance (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    routine_id BIGINT NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    caution_id BIGINT NOT NULL REFERENCES caution (id) ON DELETE CASCADE,
    cleared_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, routine_id, caution_id)
);
CREATE INDEX safety_clearance_routine ON safety_clearance (routine_id);
