-- Step illustrations (issue 13): which drawing in src/main/resources/illustrations each catalog
-- step shows, and each routine's cover. Rows are found by slug and step number, never by id.
-- Steps without one (own routines, new steps) show the drawing for their position and equipment.
ALTER TABLE step ADD COLUMN illustration VARCHAR(60);
ALTER TABLE routine ADD COLUMN cover_illustration VARCHAR(60);

-- daily-pelvic-relaxation
UPDATE step SET illustration = 'back-breathe' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-belly-circles' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-hip-circles' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-inner-thigh-knead' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-psoas-press' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-hands-under-back' WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'back-hip-circles' WHERE slug = 'daily-pelvic-relaxation' AND owner_id IS NULL;

-- psoas-release-hands
UPDATE step SET illustration = 'back-breathe' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-psoas-find' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-psoas-press' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-hip-circles' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-psoas-leg-slide' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-rest' WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'back-psoas-press' WHERE slug = 'psoas-release-hands' AND owner_id IS NULL;

-- psoas-ball-sphinx
UPDATE step SET illustration = 'back-psoas-find' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE step SET illustration = 'sphinx-ball-psoas' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE step SET illustration = 'sphinx-ball-psoas-hold' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE step SET illustration = 'sphinx-ball-psoas-move' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-rest' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'sphinx-ball-psoas' WHERE slug = 'psoas-ball-sphinx' AND owner_id IS NULL;

-- psoas-side-lying
UPDATE step SET illustration = 'side-rest' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE step SET illustration = 'side-back-press' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE step SET illustration = 'side-pelvis-glide' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE step SET illustration = 'side-front-hip' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE step SET illustration = 'side-rest' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'side-front-hip' WHERE slug = 'psoas-side-lying' AND owner_id IS NULL;

-- adductor-massage-seated-lying
UPDATE step SET illustration = 'floor-inner-thigh-knead' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET illustration = 'floor-inner-thigh-knead' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET illustration = 'floor-inner-thigh-glide' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET illustration = 'floor-inner-thigh-hold' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-forearm-inner-thigh' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-knees-open' WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'floor-inner-thigh-knead' WHERE slug = 'adductor-massage-seated-lying' AND owner_id IS NULL;

-- lower-back-tennis-ball
UPDATE step SET illustration = 'back-hands-under-back' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-ball-lower-back' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-ball-lower-back-roll' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-ball-lower-back-hold' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-knee-to-chest' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'back-ball-lower-back' WHERE slug = 'lower-back-tennis-ball' AND owner_id IS NULL;

-- lower-abdomen-circles
UPDATE step SET illustration = 'back-breathe' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-belly-circles' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-belly-circles-clockwise' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-belly-circles-anticlockwise' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-belly-sink' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-breathe' WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'back-belly-circles-clockwise' WHERE slug = 'lower-abdomen-circles' AND owner_id IS NULL;

-- foam-roller-release
UPDATE step SET illustration = 'sphinx-roller-hip' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE step SET illustration = 'sphinx-roller-hip-hold' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE step SET illustration = 'roller-seated-buttock' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE step SET illustration = 'sphinx-roller-inner-thigh' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-roller-pelvis-leg-long' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'sphinx-roller-hip' WHERE slug = 'foam-roller-release' AND owner_id IS NULL;

-- hip-and-back-stretches
UPDATE step SET illustration = 'back-pelvic-tilt' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-knee-to-chest-leg-long' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE step SET illustration = 'kneeling-lunge' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE step SET illustration = 'floor-butterfly' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-bolster-pelvis-knee-in' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'kneeling-lunge' WHERE slug = 'hip-and-back-stretches' AND owner_id IS NULL;

-- gentle-core-activation
UPDATE step SET illustration = 'chair-sit-tall' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-draw-in' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET illustration = 'forearm-plank' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-bicycle' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET illustration = 'floor-twist' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-rest' WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'forearm-plank' WHERE slug = 'gentle-core-activation' AND owner_id IS NULL;

-- thomas-test-self-check
UPDATE step SET illustration = 'bed-sit-edge' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
UPDATE step SET illustration = 'bed-hug-knees' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
UPDATE step SET illustration = 'bed-leg-lowered' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
UPDATE step SET illustration = 'bed-leg-check' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
UPDATE step SET illustration = 'bed-sit-edge' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'bed-leg-lowered' WHERE slug = 'thomas-test-self-check' AND owner_id IS NULL;

-- desk-break
UPDATE step SET illustration = 'chair-pelvic-tilt' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET illustration = 'chair-knee-squeeze' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET illustration = 'chair-inner-thigh-knead' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET illustration = 'chair-knuckle-rub' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET illustration = 'standing-lunge' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE step SET illustration = 'standing-tall' WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'chair-knuckle-rub' WHERE slug = 'desk-break' AND owner_id IS NULL;

-- bolster-evening-unwind
UPDATE step SET illustration = 'back-bolster-knees' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-bolster-belly-circles' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-bolster-hip-circles' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-bolster-pelvis' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-bolster-pelvis-knee-in-leg-long' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-knees-open' WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-bolster-knees-breathe' WHERE step_order = 7 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'back-bolster-knees' WHERE slug = 'bolster-evening-unwind' AND owner_id IS NULL;

-- psoas-ball-lying-on-back
UPDATE step SET illustration = 'back-breathe' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-psoas-find' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-ball-psoas' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-ball-psoas-press' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-ball-psoas-move' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-rest' WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'back-ball-psoas' WHERE slug = 'psoas-ball-lying-on-back' AND owner_id IS NULL;

-- piriformis-glute-stretches
UPDATE step SET illustration = 'back-rest' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-figure-four' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-knee-across' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-hug-knees' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE step SET illustration = 'chair-buttock-stretch' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'back-figure-four' WHERE slug = 'piriformis-glute-stretches' AND owner_id IS NULL;

-- glute-hamstring-strength
UPDATE step SET illustration = 'back-pelvic-tilt' WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET illustration = 'back-bridge' WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET illustration = 'side-clamshell' WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET illustration = 'side-leg-lift' WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET illustration = 'standing-leg-back' WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE step SET illustration = 'standing-tall' WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL);
UPDATE routine SET cover_illustration = 'back-bridge' WHERE slug = 'glute-hamstring-strength' AND owner_id IS NULL;
