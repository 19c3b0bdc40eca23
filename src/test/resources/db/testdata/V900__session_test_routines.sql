-- Test-only routines for the session tests: very short steps so a browser can run them to
-- the end in seconds. Loaded only by tests that add classpath:db/testdata to Flyway.

INSERT INTO caution (code, title, explanation, advice, action, question, sort_order) VALUES
    ('test-sore-today', 'Test: sore today',
     'Test explanation: pressing on a sore area can make it worse.',
     'Test advice: rest today and try a breathing routine instead.',
     'DO_NOT_START', 'Test: is the area sore to the touch today?', 900),
    ('test-dizzy', 'Test: dizziness',
     'Test explanation: lying down and getting up quickly can make dizziness worse.',
     'Test advice: ask a doctor first.',
     'ASK_PROFESSIONAL', 'Test: do you often feel dizzy when you get up?', 901),
    ('test-during', 'Test: during the session',
     'Test explanation: applies while you work.', 'Test advice: move off anything that pulses.',
     'ADAPT', NULL, 902);

INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES
    ('test-short', 'Test short routine', 'Four tiny steps for browser tests.', 'Fast tests.', 'GENTLE'),
    ('test-open', 'Test open routine', 'No questions asked.', 'Fast tests.', 'GENTLE'),
    ('test-escaping', '<script>alert("title")</script> & Co', 'Text that must stay text.',
     'None.', 'GENTLE');

INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c
WHERE r.slug = 'test-short' AND c.code IN ('test-sore-today', 'test-dizzy', 'test-during');

INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'test-short'), 1, 'Settle',
     'Lie on your back and breathe.', 'BREATHING', NULL, 'LYING_ON_BACK', 'NONE',
     'Long out-breaths', 'DURATION', 3, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'test-short'), 2, 'Press and release',
     'Press gently, then let go.', 'SUSTAINED_PRESSURE', 'LIGHT', 'LYING_ON_BACK', 'HANDS',
     NULL, 'REPS', NULL, 2, 2, 2, 1, 2, FALSE),
    ((SELECT id FROM routine WHERE slug = 'test-short'), 3, 'Both hips',
     'Roll the ball under one hip.', 'ROLLING', 'MODERATE', 'SIDE_LYING', 'BALL',
     NULL, 'DURATION', 3, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'test-short'), 4, 'Check in',
     'Notice how the area feels now.', 'SELF_CHECK', NULL, 'SEATED', 'NONE',
     NULL, 'UNTIMED', 20, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'test-open'), 1, 'One side then the other',
     'Circle slowly.', 'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS',
     'Breathe slowly', 'DURATION', 3, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'test-open'), 2, 'Rest',
     'Lie still.', 'BREATHING', NULL, 'LYING_ON_BACK', 'NONE',
     NULL, 'DURATION', 2, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'test-escaping'), 1, '</script><script>alert("step")</script>',
     'Instructions with <b>tags</b> & an ampersand.', 'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS',
     '<img src=x onerror=alert(1)>', 'DURATION', 30, NULL, NULL, NULL, NULL, NULL, FALSE);

-- Safety cues and a side block: a step with a cue, then two side-lying steps run as one block
-- (both on the first side, a turn-over, both on the second side). The belly step works the
-- psoas, so rules about pressing the belly apply to it.
INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES
    ('test-cues', 'Test cues routine', 'A cue and a side block.', 'Fast tests.', 'GENTLE');

INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'test-cues' AND c.code = 'test-during';

INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side, safety_cue, side_block) VALUES
    ((SELECT id FROM routine WHERE slug = 'test-cues'), 1, 'Find the spot',
     'Lie on your back with your knees bent. Rest both hands beside your navel.', 'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS',
     NULL, 'DURATION', 3, NULL, NULL, NULL, NULL, NULL, FALSE, 'If you feel a pulse, move your fingers further out.', FALSE),
    ((SELECT id FROM routine WHERE slug = 'test-cues'), 2, 'Upper hip',
     'Press the upper hip with your fingertips.', 'SUSTAINED_PRESSURE', 'MODERATE', 'SIDE_LYING', 'HANDS',
     NULL, 'DURATION', 2, NULL, NULL, NULL, NULL, NULL, TRUE, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'test-cues'), 3, 'Hip circles',
     'Circle slowly around the hip.', 'CIRCLES', 'LIGHT', 'SIDE_LYING', 'HANDS',
     NULL, 'DURATION', 2, NULL, NULL, NULL, NULL, NULL, TRUE, 'Stay off the bone at the front of the hip.', TRUE);

INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'test-cues' AND s.step_order = 1 AND m.slug = 'psoas';
