-- New routines for what the source articles cover and the catalog did not (issue 9): a massage
-- ball on the psoas while lying on your back, stretches for the buttock and piriformis, and
-- gentle strengthening for the glutes and hamstrings. Plain SQL for H2 and PostgreSQL; rows are
-- found by slug or code, never by id. Runs after V8, which adds the caution codes used here.
--
-- Each routine carries every caution that CautionRules requires for its steps, and a
-- routine_caution_tier row wherever the strictest required tier differs from the caution's own.

INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES
    ('psoas-ball-lying-on-back', 'Psoas ball release on your back',
     'Lie on your back, knees bent. Let a soft ball under your hands sink in beside the navel. Then ease it slowly down towards the front of the hip.',
     'Lying on your back keeps the belly soft, and your hands decide how deep the ball goes. Some people find this easier than lying face down on a ball. Steady pressure and slow breathing may help a tight psoas let go. That may ease stiffness at the front of the hip and in the lower back after long sitting.',
     'MODERATE'),
    ('piriformis-glute-stretches', 'Stretches for the buttock and piriformis',
     'Held stretches for the deep muscles of the buttock, lying on your back and then sitting on a chair.',
     'The piriformis and the other deep buttock muscles can tighten with long sitting. A tight piriformis may press on the sciatic nerve. Gentle, held stretches may ease a deep ache in the buttock and help the hips turn more freely. The seated stretch fits into a working day.',
     'GENTLE'),
    ('glute-hamstring-strength', 'Gentle glute and hamstring strengthening',
     'Bridges, clamshells, side leg lifts and a standing leg reach. They work the muscles at the back of the hips and thighs.',
     'Strong buttock and hamstring muscles balance the pull of the hip flexors at the front. Building them up may help the pelvis stay steady and take some strain off a tight psoas and lower back. The counts are modest, so you can keep good form and add more over the weeks.',
     'GENTLE');

-- ===== psoas-ball-lying-on-back =====
-- Steps 2 to 5 run as one block on each side: find the muscle, place the ball, hold, ease it down.
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side, safety_cue, side_block) VALUES
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back'), 1, 'Lie back and soften the belly',
     'Lie on your back on a mat. Bend your knees. Set your feet flat, hip-width apart. Rest your hands on your belly. Let it rise as you breathe in.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe low into the belly and let each out-breath run long', 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, FALSE,
     NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back'), 2, 'Find the muscle',
     'Place your fingertips 5 cm (2 in) below your navel and 5 cm (2 in) out to one side. Press in gently. Lift that foot just off the floor. The muscle that firms deep under your fingers is the psoas. Lower the foot and relax.',
     'SUSTAINED_PRESSURE', 'LIGHT', 'LYING_ON_BACK', 'HANDS', 'Breathe slowly and keep the belly soft', 'UNTIMED', 30, NULL, NULL, NULL, NULL, NULL, TRUE,
     'If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. If you cannot find a spot without a pulse, skip this step.', TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back'), 3, 'Place the ball',
     'Put a soft massage ball on the spot you found. Rest both hands on top of the ball. Let the weight of your hands sink it in slowly.',
     'SUSTAINED_PRESSURE', 'LIGHT', 'LYING_ON_BACK', 'BALL', 'Breathe out as the ball sinks in', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE,
     'If you feel a pulse under the ball, lift it and move it further out. If you cannot find a spot without a pulse, skip this step.', TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back'), 4, 'Breathe against the ball',
     'Press the ball in a little further with both hands. Stop at a clear, welcome ache, about 4 to 5 out of 10. Hold the ball still. Let the muscle soften under it.',
     'SUSTAINED_PRESSURE', 'MODERATE', 'LYING_ON_BACK', 'BALL', 'Breathe in against the ball, then soften a little more as you breathe out', 'DURATION', 90, NULL, NULL, NULL, NULL, NULL, TRUE,
     'If you feel a pulse, ease off and move further out. If you cannot find a spot without a pulse, skip this step.', TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back'), 5, 'Ease the ball down',
     'Keep the same steady pressure on the ball. Every few breaths, move it about 2 cm (1 in) lower. Follow the muscle down towards the inside of the front hip bone. Stop above the crease at the top of the thigh.',
     'ROLLING', 'MODERATE', 'LYING_ON_BACK', 'BALL', 'Move the ball while you breathe out', 'DURATION', 90, NULL, NULL, NULL, NULL, NULL, TRUE,
     'If you feel a pulse, move further out. If you cannot find a spot without one, skip this step. Keep the ball off the hip bone.', TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back'), 6, 'Rest and compare',
     'Put the ball aside. Let both legs rest with your knees bent. Notice how the front of each hip and your lower back feel.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', 'Slow, easy breaths', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE,
     NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'psoas-ball-lying-on-back' AND ((s.step_order = 1 AND m.slug IN ('abdomen', 'psoas'))
    OR (s.step_order = 2 AND m.slug IN ('psoas', 'abdomen'))
    OR (s.step_order = 3 AND m.slug IN ('psoas', 'abdomen'))
    OR (s.step_order = 4 AND m.slug IN ('psoas', 'abdomen'))
    OR (s.step_order = 5 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 6 AND m.slug IN ('psoas', 'lower-back')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'psoas-ball-lying-on-back' AND c.code IN (
    'back-red-flags-emergency', 'back-red-flags-soon', 'fever', 'aortic-aneurysm', 'recent-surgery', 'after-meal',
    'pregnancy', 'hernia', 'digestive-inflammatory', 'new-belly-pain', 'recent-injury', 'blood-thinners',
    'fragile-bones', 'abdominal-pulse', 'bone', 'stop-signs');
-- Pregnancy is "ask first" by default; pressure on the belly and psoas makes it "do not start".
INSERT INTO routine_caution_tier (routine_id, caution_id, action)
SELECT r.id, c.id, 'DO_NOT_START' FROM routine r, caution c WHERE r.slug = 'psoas-ball-lying-on-back' AND c.code = 'pregnancy';

-- ===== piriformis-glute-stretches =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side, safety_cue, side_block) VALUES
    ((SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches'), 1, 'Settle on your back',
     'Lie on your back on a mat. Bend your knees. Set your feet flat. Let your buttocks and lower back rest heavy on the floor.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', 'Let each out-breath be a little longer than the in-breath', 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, FALSE,
     NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches'), 2, 'Figure-four stretch',
     'Cross one ankle over the opposite knee. Let the crossed knee fall gently open. Hold the back of the uncrossed thigh with both hands. Draw that thigh slowly towards your chest. Stop when you feel a stretch deep in the buttock.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe out as you draw the thigh in', 'REPS', NULL, 30, 2, 1, 10, 0, TRUE,
     'Tingling or numbness down the leg means ease off. Stop if it does not fade within a minute.', FALSE),
    ((SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches'), 3, 'Knee towards the opposite shoulder',
     'Stretch one leg out along the floor. Hold the other knee with both hands. Draw it slowly up and across towards the opposite shoulder. Keep both hips on the floor.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe slowly and let the buttock soften', 'REPS', NULL, 30, 2, 1, 10, 0, TRUE,
     'Keep the pull gentle. Ease off if you feel a pinch at the front of the hip.', FALSE),
    ((SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches'), 4, 'Hug both knees',
     'Bend both knees towards your chest. Hold them loosely with your hands. Rock gently from side to side if that feels good.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'NONE', 'Let your lower back widen as you breathe in', 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, FALSE,
     NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches'), 5, 'Seated buttock stretch',
     'Roll onto your side. Get up slowly. Sit tall near the front of a sturdy chair, feet flat. Rest one ankle on the opposite knee. Keep your back long. Lean forward slowly from the hips until the buttock stretches.',
     'STRETCH', NULL, 'SEATED', 'NONE', 'Breathe out as you lean forward', 'REPS', NULL, 30, 2, 1, 10, 0, TRUE,
     'Lean only as far as your back stays long. Tingling down the leg means ease off.', FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'piriformis-glute-stretches' AND ((s.step_order = 1 AND m.slug IN ('glutes'))
    OR (s.step_order = 2 AND m.slug IN ('glutes'))
    OR (s.step_order = 3 AND m.slug IN ('glutes'))
    OR (s.step_order = 4 AND m.slug IN ('glutes', 'lower-back'))
    OR (s.step_order = 5 AND m.slug IN ('glutes')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'piriformis-glute-stretches' AND c.code IN (
    'back-red-flags-emergency', 'back-red-flags-soon', 'recent-injury', 'pregnancy', 'hip-replacement', 'stop-signs');

-- ===== glute-hamstring-strength =====
-- Steps 3 and 4 run as one block on each side, so you turn over once.
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side, safety_cue, side_block) VALUES
    ((SELECT id FROM routine WHERE slug = 'glute-hamstring-strength'), 1, 'Pelvic tilts to warm up',
     'Lie on your back. Bend your knees. Set your feet flat. Tilt your pelvis to press your lower back gently into the floor. Then let it tip back until your back arches a little.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe out as you flatten your back, in as you let it arch', 'REPS', NULL, 3, 8, 1, 2, 0, FALSE,
     NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'glute-hamstring-strength'), 2, 'Glute bridge',
     'Set your feet flat, hip-width apart. Press your heels into the floor. Squeeze your buttocks. Lift your hips until your body makes a line from shoulders to knees. Lower slowly, one part of the spine at a time.',
     'ACTIVATION', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe out as you lift, in as you lower', 'REPS', NULL, 3, 8, 2, 3, 30, FALSE,
     'Lift only as high as your back stays comfortable. Keep the work in your buttocks and the backs of your thighs.', FALSE),
    ((SELECT id FROM routine WHERE slug = 'glute-hamstring-strength'), 3, 'Clamshell',
     'Lie on your side with your hips and knees bent. Rest your head on your lower arm. Keep your feet together. Lift the top knee only as far as your hips stay still. Lower it slowly.',
     'ACTIVATION', NULL, 'SIDE_LYING', 'NONE', 'Breathe out as the knee lifts', 'REPS', NULL, 2, 10, 2, 2, 20, TRUE,
     'Keep your hips stacked. Do not let the top hip roll back.', TRUE),
    ((SELECT id FROM routine WHERE slug = 'glute-hamstring-strength'), 4, 'Side leg lift',
     'Stay on the same side. Straighten the top leg in line with your body. Lift it slowly about 20 cm (8 in). Lower it with control.',
     'ACTIVATION', NULL, 'SIDE_LYING', 'NONE', 'Breathe out as the leg lifts', 'REPS', NULL, 2, 8, 1, 2, 0, TRUE,
     'Keep the toes pointing forward, not up.', TRUE),
    ((SELECT id FROM routine WHERE slug = 'glute-hamstring-strength'), 5, 'Standing leg reach back',
     'Roll onto your side. Get up slowly. Stand behind a sturdy chair. Hold its back with both hands. Keep your trunk upright. Move one straight leg slowly back a little. Return the foot to the floor.',
     'ACTIVATION', NULL, 'STANDING', 'NONE', 'Breathe out as the leg reaches back', 'REPS', NULL, 2, 10, 1, 2, 0, TRUE,
     'Hold the chair the whole time. Move the leg back only as far as your lower back stays still.', FALSE),
    ((SELECT id FROM routine WHERE slug = 'glute-hamstring-strength'), 6, 'Stand tall and breathe',
     'Stand with your weight even on both feet. Let your buttocks and thighs relax. Take a few slow breaths.',
     'BREATHING', NULL, 'STANDING', 'NONE', 'Let each breath reach your belly', 'DURATION', 30, NULL, NULL, NULL, NULL, NULL, FALSE,
     NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'glute-hamstring-strength' AND ((s.step_order = 1 AND m.slug IN ('lower-back'))
    OR (s.step_order = 2 AND m.slug IN ('glutes', 'lower-back'))
    OR (s.step_order = 3 AND m.slug IN ('glutes'))
    OR (s.step_order = 4 AND m.slug IN ('glutes'))
    OR (s.step_order = 5 AND m.slug IN ('glutes'))
    OR (s.step_order = 6 AND m.slug IN ('glutes')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'glute-hamstring-strength' AND c.code IN (
    'back-red-flags-emergency', 'back-red-flags-soon', 'recent-injury', 'pregnancy', 'fragile-bones', 'balance',
    'stop-signs');
-- Fragile bones is "ask first" by default; exercises without pressure only need care getting up and down.
INSERT INTO routine_caution_tier (routine_id, caution_id, action)
SELECT r.id, c.id, 'ADAPT' FROM routine r, caution c WHERE r.slug = 'glute-hamstring-strength' AND c.code = 'fragile-bones';

-- The muscle groups each routine mainly targets; its steps may touch more.
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'psoas-ball-lying-on-back' AND m.slug IN ('psoas', 'hip-flexors', 'abdomen');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'piriformis-glute-stretches' AND m.slug IN ('glutes', 'lower-back');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'glute-hamstring-strength' AND m.slug IN ('glutes', 'lower-back');
