-- Test-only cautions and a routine for the three screening tiers. 'test-dizzy' is
-- ASK_PROFESSIONAL by default; test-tiers makes 'test-balance' adapt-only and raises
-- 'test-dizzy' nowhere, so each tier has exactly one question here.
INSERT INTO caution (code, title, explanation, advice, action, question, question_items, urgent, sort_order) VALUES
    ('test-red-flag', 'Test: warning signs',
     'Test explanation: these signs need a doctor today.',
     'Test advice: call your emergency number now.',
     'DO_NOT_START', 'Test: do you have any of these signs?', 'Test sign one|Test sign two', TRUE, 903),
    ('test-balance', 'Test: balance',
     'Test explanation: a fall can hurt.',
     'Test advice: hold on to a chair when you stand.',
     'ASK_PROFESSIONAL', 'Test: do you have trouble with your balance?', NULL, FALSE, 904);

INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES
    ('test-tiers', 'Test tiers routine', 'One question per tier.', 'Fast tests.', 'GENTLE');

INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c
WHERE r.slug = 'test-tiers' AND c.code IN ('test-red-flag', 'test-dizzy', 'test-balance');

-- For this routine balance only adapts the session, although the caution asks first elsewhere.
INSERT INTO routine_caution_tier (routine_id, caution_id, action)
SELECT r.id, c.id, 'ADAPT' FROM routine r, caution c WHERE r.slug = 'test-tiers' AND c.code = 'test-balance';

INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side, safety_cue) VALUES
    ((SELECT id FROM routine WHERE slug = 'test-tiers'), 1, 'Stand tall',
     'Stand and breathe.', 'BREATHING', NULL, 'STANDING', 'NONE',
     NULL, 'DURATION', 3, NULL, NULL, NULL, NULL, NULL, FALSE, 'Test cue: hold on to something steady.');
