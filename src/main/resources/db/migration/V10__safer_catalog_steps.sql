-- Safer catalog content, part 2: the steps and routines (issue 9). Plain SQL for H2 and
-- PostgreSQL; rows are found by slug, code and step number, never by id.
--
-- Every step that presses near the belly's midline, the groin or the kidneys carries its own
-- safety cue; rolling and ball work stays beside the spine, never on it; each-side steps leave
-- the switching to the player; side-blocked steps run all on one side, then all on the other.
-- The cautions follow the rule table in CautionRules, and CatalogSafetyContentTests checks both.
-- British spelling, metric with imperial in brackets, one action a sentence.

-- Short caution titles: the routine pages, the profile labels and the printed sheet list them
-- side by side; the question and explanation say which areas and what time span are meant.
UPDATE caution SET title = 'Recent surgery' WHERE code = 'recent-surgery';
UPDATE caution SET title = 'Recent injury' WHERE code = 'recent-injury';
UPDATE caution SET title = 'Inflamed bowel' WHERE code = 'digestive-inflammatory';

-- Muscle groups: British spelling, and what is reached from behind and from the front.
UPDATE muscle_group SET
    location = 'A long, deep muscle that starts on the sides of the lower spine, runs down through the pelvis behind the belly organs, and attaches to the inner top of the thigh bone. From the front you reach it through the belly, a little to the side of and below the navel. From behind it lies too deep to reach: the hands find the back muscles instead.',
    function_text = 'It lifts the thigh towards the trunk and, when the legs are still, draws the lower spine and trunk forward. As the main link between the spine and the legs, it helps keep the lower back and pelvis steady when you stand and walk. Its upper end lies close to the diaphragm.'
WHERE slug = 'psoas';
UPDATE muscle_group SET
    location = 'A group of muscles on the inside of the thigh. They start on the pubic bone and the lower edge of the pelvis and fan out along the inner side of the thigh bone, the longest reaching down towards the knee. The large vein and artery of the leg run close to them near the groin.',
    function_text = 'They draw the legs towards each other and help hold the pelvis and hips steady when you walk, climb stairs or stand on one leg.'
WHERE slug = 'adductors';
UPDATE muscle_group SET
    location = 'Thick columns of muscle on each side of the spine, between the lowest ribs and the top of the pelvis, with smaller, deeper layers lying close to the bones of the spine. Further out, the quadratus lumborum joins the lowest rib to the top of the pelvis. The kidneys lie just under the lowest ribs.'
WHERE slug = 'lower-back';
UPDATE muscle_group SET
    function_text = 'They lift the knee towards the chest, tip the pelvis forward and swing the leg forward when you walk or run.'
WHERE slug = 'hip-flexors';


-- ===== daily-pelvic-relaxation =====
UPDATE routine SET summary = 'A short everyday routine that works through the lower belly, the hips, the inner thighs, the psoas and the lower back with light hand pressure.', benefits = 'A few minutes a day of unhurried hand work may help loosen the muscles that hold the pelvis: the belly wall, the front of the hips, the inner thighs, the psoas and the lower back. Done regularly, it is a simple way to notice where you hold tension and to let your breathing settle. It may also ease the stiffness that long hours of sitting leave behind. All work is external and light; you only go as deep as feels comfortable.' WHERE slug = 'daily-pelvic-relaxation';
UPDATE step SET instructions = 'Lie on a mat with your knees bent and feet flat. Rest your hands on your lower belly. Take a few slow breaths and let the belly rise under your hands.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation');
UPDATE step SET instructions = 'Make slow circles below your navel with flat fingers, first clockwise, then anticlockwise. Start very lightly. Add a little pressure only if it feels good.',
    safety_cue = 'If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation');
UPDATE step SET instructions = 'Move your fingertips to the soft area just inside and below each front hip bone. Make small, gentle circles around the bone. Stay on soft tissue, not on the bone itself.',
    safety_cue = 'Stay above the groin crease. If you feel a pulse, ease off and move further out towards the hip bone. Skip the step if you cannot find a spot without one.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation');
UPDATE step SET instructions = 'Let one knee fall a little to the side. Knead and roll the inside of that thigh with both hands. Work from just above the knee up towards the groin.',
    safety_cue = 'Stop a hand''s width below the groin crease and keep off visible veins. If you feel a pulse, ease off and move lower down the thigh.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation');
UPDATE step SET instructions = 'Keep both knees bent and your feet flat. Place the fingertips of both hands just inside one front hip bone. Let them sink in gently. Make small, slow circles. Begin lightly and build only as the area softens.',
    safety_cue = 'Stay above the groin crease. If you feel a pulse, ease off and move further out towards the hip bone. Skip the step if you cannot find a spot without one.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation');
UPDATE step SET instructions = 'Slide your hands under your lower back, palms down, one on each side of the spine. Let your knees rock slowly from side to side. Your back muscles move over your hands as you rock.',
    pressure = 'LIGHT',
    breathing_cue = 'Let your back grow heavy on each out-breath',
    safety_cue = 'Keep your hands beside the spine, never under it. Rock gently and stop if your hands go numb.'
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'daily-pelvic-relaxation'
    AND c.code IN ('recent-surgery', 'pregnancy', 'aortic-aneurysm', 'after-meal', 'fever', 'blood-clots', 'back-red-flags-emergency', 'back-red-flags-soon', 'hernia', 'digestive-inflammatory', 'new-belly-pain', 'recent-injury', 'abdominal-pulse', 'bone', 'blood-thinners', 'varicose-veins', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== psoas-release-hands =====
UPDATE routine SET benefits = 'The psoas runs deep from the lower spine to the thigh and tends to shorten with long sitting. Steady, patient pressure from your own fingertips, with slow breathing and a gentle leg movement, may help it let go. That may ease tightness at the front of the hip and in the lower back. Using your hands lets you feel exactly where you are and keep the pressure between light and moderate.', difficulty = 'MODERATE' WHERE slug = 'psoas-release-hands';
UPDATE step SET instructions = 'Lie on your back with your knees bent and feet flat, hip-width apart. Take a few slow breaths. Let your belly go soft.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands');
UPDATE step SET instructions = 'Place your fingertips about 5 cm (2 in) below and to the side of your navel. Lift that foot 2 to 3 cm (1 in) off the floor. The muscle that firms deep under your fingers is the psoas. Lower the foot and relax.',
    safety_cue = 'If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands');
UPDATE step SET instructions = 'Press slowly down and a little towards the spine. Go only as far as the tissue lets you. Hold steady pressure. Wait for the muscle to soften under your fingers.',
    safety_cue = 'Stay well to the side of the navel. If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands');
UPDATE step SET instructions = 'Keep contact and make small circles. Every few breaths, move a little lower. Work down towards the inside of the front hip bone.',
    safety_cue = 'Stay above the groin crease. If you feel a pulse, ease off and move further out towards the hip bone. Skip the step if you cannot find a spot without one.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands');
UPDATE step SET instructions = 'Hold a tender spot with steady pressure. Slowly slide that heel along the floor until the leg is straight. Slide it back again. Repeat slowly.',
    safety_cue = 'Keep the pressure steady as the leg moves, never deeper. If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands');
UPDATE step SET instructions = 'Take your hands away and let both legs rest. Notice any difference between the two sides of your hips and lower back.'
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-release-hands');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'psoas-release-hands'
    AND c.code IN ('recent-surgery', 'pregnancy', 'aortic-aneurysm', 'after-meal', 'fever', 'back-red-flags-emergency', 'back-red-flags-soon', 'hernia', 'digestive-inflammatory', 'new-belly-pain', 'recent-injury', 'abdominal-pulse', 'bone', 'blood-thinners', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== psoas-ball-sphinx =====
UPDATE routine SET summary = 'Lie face down propped on your elbows with a soft massage ball to the side of your navel, and let your body weight and breathing ease the psoas.' WHERE slug = 'psoas-ball-sphinx';
UPDATE step SET instructions = 'Lie on your back with your knees bent. Put your fingertips a little below and to the side of your navel. Lift one foot slightly. The muscle that firms there is where the ball will go. Check both sides.',
    technique = 'SUSTAINED_PRESSURE',
    pressure = 'LIGHT',
    safety_cue = 'If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx');
UPDATE step SET instructions = 'Turn face down. Place a soft massage ball on the spot you found on one side. Prop yourself on your elbows in the sphinx position. Let your weight sink onto the ball a little at a time.',
    safety_cue = 'Keep the ball at least 5 cm (2 in) from your navel. If you feel a pulse, lift off and move the ball further out. Skip the step if you cannot find a spot without one.',
    side_block = TRUE
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx');
UPDATE step SET instructions = 'Stay still and breathe slowly into your belly against the ball. For more pressure, lower your chest towards the floor. For less, push up higher on your elbows.',
    safety_cue = 'If you feel a pulse against the ball, lift off and move it further out. Skip the step if you cannot find a spot without one.',
    side_block = TRUE
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx');
UPDATE step SET instructions = 'Shift your body a little at a time so the ball travels down towards the front of the hip. Pause on tender spots. Stop before you reach the hip bone.',
    safety_cue = 'Stay above the groin crease. If you feel a pulse, lift off and move the ball further out.',
    side_block = TRUE
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx');
UPDATE step SET instructions = 'Remove the ball. Roll onto your back with your knees bent and rest. Notice how your hips and lower back feel.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'psoas-ball-sphinx'
    AND c.code IN ('recent-surgery', 'pregnancy', 'aortic-aneurysm', 'after-meal', 'fever', 'back-red-flags-emergency', 'back-red-flags-soon', 'hernia', 'digestive-inflammatory', 'new-belly-pain', 'recent-injury', 'abdominal-pulse', 'bone', 'blood-thinners', 'fragile-bones', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== psoas-side-lying =====
UPDATE routine SET summary = 'Lying on your side, ease the back muscles beside the lower spine, then reach the psoas through the front of the hip, one side at a time.', benefits = 'Lying on your side is restful and leaves both the back and the front of the hip within reach. From behind you reach the muscles beside the lower spine: the quadratus lumborum and the long spinal muscles. The psoas lies deeper and can only be reached from the front, just inside the hip bone. Slow work on both may ease deep stiffness there. This position suits people who find lying flat or face down uncomfortable.' WHERE slug = 'psoas-side-lying';
UPDATE step SET instructions = 'Lie on your right side, so that your left side faces up. Bend your knees slightly and support your head. Put a pillow between your knees to keep the hips level.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying');
UPDATE step SET title = 'Press above the pelvis',
    instructions = 'Work on the side that faces up. Reach your top hand behind you. Find the soft muscle beside the spine, just above the top of your pelvis. Press in gently and hold.',
    safety_cue = 'Stay beside the spine, never on it. Stop below the lowest ribs, where the kidneys lie.',
    side_block = TRUE
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying');
UPDATE step SET title = 'Work along the top of the pelvis',
    instructions = 'Keep steady pressure. Glide your fingers slowly along the top edge of the pelvis, out towards the side of your hip. Stay on the muscle, not the bone.',
    safety_cue = 'Stay off the spine and the bony rim of the pelvis. Stop below the lowest ribs, where the kidneys lie.',
    side_block = TRUE
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying');
UPDATE step SET instructions = 'Bring your top hand round to the front. Place your fingertips just inside the front hip bone. Sink in gently towards the spine. Hold there while you breathe.',
    safety_cue = 'Stay above the groin crease. If you feel a pulse, ease off and move further out towards the hip bone. Skip the step if you cannot find a spot without one.',
    side_block = TRUE
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying');
UPDATE step SET title = 'Rest on this side',
    instructions = 'Release the pressure. Rest on this side for a few slow breaths.',
    side_block = TRUE
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'psoas-side-lying');
DELETE FROM step_muscle_group WHERE muscle_group_id = (SELECT id FROM muscle_group WHERE slug = 'psoas')
    AND step_id IN (SELECT s.id FROM step s JOIN routine r ON r.id = s.routine_id WHERE r.slug = 'psoas-side-lying' AND s.step_order IN (2, 3));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'psoas-side-lying'
    AND c.code IN ('recent-surgery', 'pregnancy', 'aortic-aneurysm', 'after-meal', 'fever', 'back-red-flags-emergency', 'back-red-flags-soon', 'hernia', 'digestive-inflammatory', 'new-belly-pain', 'recent-injury', 'abdominal-pulse', 'bone', 'blood-thinners', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== adductor-massage-seated-lying =====
UPDATE routine SET benefits = 'The inner-thigh muscles help steady the pelvis and often tighten along with the hips and lower back. Kneading and slow gliding strokes from the knee towards the groin, followed by gentle forearm pressure, may ease tender spots. They may also help the thighs feel looser and let the knees fall open more comfortably.', difficulty = 'MODERATE' WHERE slug = 'adductor-massage-seated-lying';
UPDATE step SET instructions = 'Sit with your legs stretched out or loosely crossed. Rub and gently squeeze the inside of one thigh with both hands to warm it.',
    safety_cue = 'Stop a hand''s width below the groin crease and keep off visible veins. If you feel a pulse, ease off and move lower down the thigh.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying');
UPDATE step SET instructions = 'Grasp the inner thigh muscles between your hands. Knead and roll them, starting just above the knee. Work up towards the groin.',
    safety_cue = 'Stop a hand''s width below the groin crease and keep off visible veins. If you feel a pulse, ease off and move lower down the thigh.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying');
UPDATE step SET instructions = 'Use the heel of your hand. Glide slowly from above the knee towards the groin in three lines: front, middle and back of the inner thigh. Stop before the crease at the top of the leg.',
    safety_cue = 'Stop a hand''s width below the groin crease and keep off visible veins. If you feel a pulse, ease off and move lower down the thigh.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying');
UPDATE step SET instructions = 'Go back to any spot that felt tender. Press and hold with your thumbs until it eases a little. Do not push into pain.',
    safety_cue = 'Stop a hand''s width below the groin crease and keep off visible veins. If you feel a pulse, ease off and move lower down the thigh.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying');
UPDATE step SET instructions = 'Lie on your back with your knees bent. Let one knee drop to the side onto a cushion. Rest your forearm on that inner thigh. Make slow, gentle circles.',
    safety_cue = 'Stop a hand''s width below the groin crease and keep off visible veins. If you feel a pulse, ease off and move lower down the thigh.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying');
UPDATE step SET instructions = 'Bring the soles of your feet together and let both knees fall open. Rest them on cushions if needed. Stay here and let the inner thighs and pelvic floor soften.'
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'adductor-massage-seated-lying'
    AND c.code IN ('blood-clots', 'hernia', 'abdominal-pulse', 'varicose-veins', 'fever', 'blood-thinners', 'bone', 'pregnancy', 'recent-surgery', 'recent-injury', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== lower-back-tennis-ball =====
UPDATE routine SET benefits = 'Your body weight on a tennis ball reaches deeper layers of the back muscles than your hands can easily manage. Slow rolling beside the spine and pausing on tender spots may ease the dull ache and stiffness that long sitting leaves in the lower back. A gentle knee-to-chest stretch may help you finish relaxed.' WHERE slug = 'lower-back-tennis-ball';
UPDATE step SET instructions = 'Lie on your back with your knees bent. Slide your hands under your lower back, palms down, one on each side of the spine. Draw slow, small circles with your knees. Your back muscles move over your hands.',
    safety_cue = 'Keep your hands beside the spine, never under it.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball');
UPDATE step SET instructions = 'Put a tennis ball under the muscle just beside the spine, a little above the pelvis. Lower your weight onto it gradually.',
    safety_cue = 'Stay beside the spine, never on it. Stop below the lowest ribs, where the kidneys lie.',
    side_block = TRUE
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball');
UPDATE step SET instructions = 'Push gently through your feet to roll the ball up and down the muscle. Roll between the top of the pelvis and the lowest ribs. Keep the movement small and slow.',
    safety_cue = 'Stay beside the spine, never on it. Stop below the lowest ribs, where the kidneys lie.',
    side_block = TRUE
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball');
UPDATE step SET instructions = 'Stop on any tender spot and rest your weight there. Stay until the tenderness fades a little.',
    safety_cue = 'Stay beside the spine, never on it. Ease off at once if you feel tingling or a sharp pain.',
    side_block = TRUE
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball');
UPDATE step SET instructions = 'Remove the ball. Draw one knee towards your chest with your hands. Hold briefly, then lower it.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'lower-back-tennis-ball'
    AND c.code IN ('fever', 'blood-thinners', 'bone', 'fragile-bones', 'back-red-flags-emergency', 'back-red-flags-soon', 'recent-injury', 'hip-replacement', 'pregnancy', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== lower-abdomen-circles =====
UPDATE routine SET summary = 'Light, slow hand circles on the lower belly, clockwise and then anticlockwise, paced by calm breathing.', benefits = 'Light circling on the lower belly, together with slow breathing, may help the belly wall let go of held tension and let the breath drop lower. Many people find it soothing at the end of the day. The pressure stays light throughout.' WHERE slug = 'lower-abdomen-circles';
UPDATE step SET instructions = 'Lie on your back with your knees bent. Rest both hands on your lower belly. Breathe slowly so the belly rises under your hands and falls away from them.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles');
UPDATE step SET instructions = 'Place one palm flat over your navel. Move it in wide, slow circles to warm the skin and the belly wall.',
    safety_cue = 'Keep this touch light, just moving the skin. If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles');
UPDATE step SET instructions = 'Make small, slow circles on the lower belly with flat fingertips. Travel clockwise around the navel: up your right side, across, and down your left side.',
    safety_cue = 'If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles');
UPDATE step SET title = 'Circle anticlockwise',
    instructions = 'Reverse direction. Continue the same small circles anticlockwise, keeping the touch light and even.',
    safety_cue = 'If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles');
UPDATE step SET title = 'Sink in a little',
    instructions = 'If it feels comfortable, let your fingers sink in a little as you breathe out. Ease off as you breathe in. Keep moving in slow circles.',
    pressure = 'LIGHT',
    safety_cue = 'Stay within light pressure, 3 out of 10 at most. If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles');
UPDATE step SET instructions = 'Let your hands rest on your belly without moving. Take a few slow breaths. Let the belly, hips and pelvic floor relax.'
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'lower-abdomen-circles');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'lower-abdomen-circles'
    AND c.code IN ('recent-surgery', 'pregnancy', 'aortic-aneurysm', 'after-meal', 'hernia', 'digestive-inflammatory', 'new-belly-pain', 'abdominal-pulse', 'fever', 'blood-thinners', 'bone', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== foam-roller-release =====
UPDATE routine SET summary = 'Use a foam roller on the front of the hips, the buttocks and the inner thighs, pausing on tender spots, then rest with the pelvis raised on the roller.', benefits = 'A foam roller lets your body weight do the work over larger areas. Slow rolling and short pauses on tight spots may ease tension in the front of the hips, the buttocks and the inner thighs. That may also take some strain off the psoas and lower back. It is firmer than hand work, so build up gradually.' WHERE slug = 'foam-roller-release';
UPDATE step SET instructions = 'Lie face down on your forearms with the roller under the front of one hip, just below the hip bone. Roll in short, slow strokes between the hip bone and the upper thigh.',
    safety_cue = 'Stay above the groin crease. If you feel a pulse, ease off and move further out towards the hip bone. Skip the step if you cannot find a spot without one.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release');
UPDATE step SET instructions = 'Stop on the tightest spot. Let more weight sink into the roller. Hold, ease off, then hold again.',
    safety_cue = 'Stay on the muscle below the hip bone, off the groin crease. If you feel a pulse or tingling, ease off and move the roller out.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release');
UPDATE step SET instructions = 'Sit on the roller and cross one ankle over the other knee. Lean towards the crossed leg. Roll slowly over that buttock, pausing where it feels tight.',
    safety_cue = 'Keep off the tailbone and the bony point at the side of the hip. Move off at once if tingling runs down the leg.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release');
UPDATE step SET instructions = 'Lie face down on your forearms. Bend one knee out to the side and place the roller under that inner thigh. Roll slowly from just above the knee towards the groin.',
    safety_cue = 'Stop a hand''s width below the groin crease and keep off visible veins. If you feel a pulse, ease off and roll lower down the thigh.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release');
UPDATE step SET title = 'Rest with the pelvis on the roller',
    instructions = 'Lie on your back with your knees bent and feet flat. Lift your hips and slide the roller across, under your pelvis. Lower your pelvis onto it. Slide one leg long along the floor and let the front of that hip open.',
    technique = 'STRETCH',
    pressure = NULL,
    breathing_cue = 'Breathe slowly and let the belly soften',
    safety_cue = 'Keep the roller under the pelvis, never under the lower back. Lift your hips to take it out.',
    duration_seconds = 45,
    each_side = TRUE
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'foam-roller-release');
DELETE FROM step_muscle_group WHERE step_id = (SELECT s.id FROM step s JOIN routine r ON r.id = s.routine_id WHERE r.slug = 'foam-roller-release' AND s.step_order = 5);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'foam-roller-release' AND s.step_order = 5 AND m.slug IN ('hip-flexors', 'psoas');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'foam-roller-release'
    AND c.code IN ('recent-surgery', 'pregnancy', 'aortic-aneurysm', 'after-meal', 'hernia', 'digestive-inflammatory', 'new-belly-pain', 'abdominal-pulse', 'blood-clots', 'varicose-veins', 'fever', 'blood-thinners', 'bone', 'fragile-bones', 'back-red-flags-emergency', 'back-red-flags-soon', 'recent-injury', 'hip-replacement', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== hip-and-back-stretches =====
UPDATE routine SET benefits = 'Stretching after massage may help you keep the ease you have gained. Pelvic tilts may loosen the lower back. The knee-to-chest and the kneeling lunge lengthen the psoas and hip flexors, and the butterfly opens the inner thighs. Short, repeated holds with steady breathing are gentle on the body and easy to fit into a day.' WHERE slug = 'hip-and-back-stretches';
UPDATE step SET instructions = 'Lie on your back with your knees bent and feet flat. Tighten your belly gently. Tilt your pelvis so your lower back flattens to the floor. Hold, then release.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches');
UPDATE step SET instructions = 'Straighten one leg along the floor. Hug the other knee towards your chest. Keep the straight leg heavy, so you feel a stretch at the front of its hip.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches');
UPDATE step SET instructions = 'Kneel on one knee with the other foot flat in front. Keep your back upright. Move your hips forward until you feel a stretch at the front of the back hip.',
    safety_cue = 'Put a cushion under the kneeling knee. Hold a chair or wall if you feel unsteady.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches');
UPDATE step SET instructions = 'Sit tall with the soles of your feet together. Let your knees fall outward. Rest your hands on your ankles. Lean forward slightly from the hips.',
    safety_cue = 'Let the knees sink on their own. Never push them down.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches');
UPDATE step SET instructions = 'Lie on your back with your knees bent. Lift your hips and slide a bolster under your pelvis. Slowly draw one knee towards your chest while the other foot stays on the floor. Hold, then lower it.',
    safety_cue = 'Keep the bolster under the pelvis, not the lower back.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'hip-and-back-stretches');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'hip-and-back-stretches'
    AND c.code IN ('back-red-flags-emergency', 'back-red-flags-soon', 'recent-injury', 'hip-replacement', 'pregnancy', 'balance', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== gentle-core-activation =====
UPDATE routine SET summary = 'Wake up the pelvic floor and deep abdominals, then build steadily through a modified plank, a slow bicycle and a gentle seated twist.', benefits = 'A psoas that has to make up for a weak core may stay tight. These exercises work the pelvic floor, the deep belly muscles and the muscles at the sides of the waist, which help support the spine and pelvis. The counts are modest, so you can keep good form and build up over time.' WHERE slug = 'gentle-core-activation';
UPDATE step SET instructions = 'Sit upright on a chair with your feet flat. Let your pelvic floor go fully first. Gently lift and squeeze it, as if holding in wind. Hold, then let it go completely before the next squeeze.',
    safety_cue = 'Never practise while passing urine. If your pelvic floor already feels tight or sore, relax it instead of squeezing.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation');
UPDATE step SET instructions = 'Lie on your back with your knees bent and feet flat. Draw your navel gently towards your spine. Keep that light hold for about five slow breaths. Then release.',
    safety_cue = 'Keep breathing throughout. Stop if a ridge bulges along the middle of your belly.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation');
UPDATE step SET instructions = 'Rest on your forearms and knees. Keep your body in a straight line from head to knees. Tighten your belly gently and hold. Do not let your hips sag.',
    safety_cue = 'If your lower back aches, lower your hips and try a shorter hold.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation');
UPDATE step SET instructions = 'Lie on your back with your hands lightly behind your head. Bring one knee towards your chest as the other leg reaches out. Swap legs slowly, like pedalling a bicycle.',
    safety_cue = 'Keep your lower back resting on the floor. Do not pull on your neck.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation');
UPDATE step SET title = 'Gentle seated twist',
    instructions = 'Sit on the floor with your knees bent and feet flat. Lean back only slightly, with a long spine. Fold your arms across your chest. Turn your upper body slowly to one side, then the other.',
    safety_cue = 'Use no weight and keep the turn small. With fragile bones or back pain, sit upright instead of leaning back.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation');
UPDATE step SET instructions = 'Lie on your back with your knees bent and rest. Let the belly and pelvic floor relax fully after the work.'
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'gentle-core-activation');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'gentle-core-activation'
    AND c.code IN ('fragile-bones', 'back-red-flags-emergency', 'back-red-flags-soon', 'recent-injury', 'pregnancy', 'after-childbirth', 'hernia', 'recent-surgery', 'pelvic-pain', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== thomas-test-self-check =====
UPDATE step SET instructions = 'Sit on the very end of a firm bed or sturdy table. Only the top half of your thighs should be supported.',
    safety_cue = 'Check that the bed or table is stable. Have someone nearby if your balance is unsteady.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check');
UPDATE step SET instructions = 'Hug both knees to your chest. Roll back slowly to lie down. Keep the knees hugged in so your lower back lies flat.',
    safety_cue = 'Roll back slowly, and keep your head and shoulders well on the bed.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check');
UPDATE step SET instructions = 'Keep hugging one knee. Slowly lower the other leg until it hangs over the edge. Let it relax completely.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check');
UPDATE step SET instructions = 'If the back of the lowered thigh rests on the bed, the hip flexors are at a normal length. If it stays above the bed, the psoas and hip flexors may be tight. If the knee also straightens out, the front thigh muscle may be tight.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check');
UPDATE step SET instructions = 'Hug both knees again and roll onto your side. Push up to sitting with your hands. Compare the two sides. This is not a diagnosis. If one side hurts or differs a lot, ask a physiotherapist.',
    safety_cue = 'Sit for a moment before you stand, in case you feel light-headed.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'thomas-test-self-check');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'thomas-test-self-check'
    AND c.code IN ('fragile-bones', 'back-red-flags-emergency', 'back-red-flags-soon', 'recent-injury', 'hip-replacement', 'pregnancy', 'balance', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== desk-break =====
UPDATE routine SET benefits = 'Long hours in a chair keep the hip flexors short and the inner thighs and lower back still. A few minutes of movement and hand work at your desk may break up that stiffness and help you sit more upright. It is also a reminder to get up regularly. You need no equipment and can do it in work clothes.' WHERE slug = 'desk-break';
UPDATE step SET instructions = 'Sit near the front of your chair with your feet flat. Slowly roll your pelvis back to round your lower back. Then roll it forward to arch your back. Pause at each end.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break');
UPDATE step SET instructions = 'Place your fists between your knees. Squeeze your knees together gently against them. Hold, then relax fully.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break');
UPDATE step SET instructions = 'Knead the inside of one thigh with both hands. Work from above the knee up towards the groin.',
    pressure = 'LIGHT',
    safety_cue = 'Stop a hand''s width below the groin crease and keep off visible veins. If you feel a pulse, ease off and move lower down the thigh.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break');
UPDATE step SET instructions = 'Lean forward slightly and make loose fists. Rub your knuckles in small circles over the muscles on both sides of your lower back.',
    pressure = 'LIGHT',
    safety_cue = 'Stay beside the spine, never on it.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break');
UPDATE step SET instructions = 'Stand and step one foot forward into a small lunge, with your back leg straight. Keep your trunk upright. Press the back hip gently forward.',
    safety_cue = 'Hold the back of your chair or the desk for balance.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break');
UPDATE step SET instructions = 'Stand with your weight even on both feet and your shoulders relaxed. Take a few slow breaths before you sit down again.'
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'desk-break');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'desk-break'
    AND c.code IN ('blood-clots', 'hernia', 'abdominal-pulse', 'varicose-veins', 'fever', 'blood-thinners', 'bone', 'fragile-bones', 'back-red-flags-emergency', 'back-red-flags-soon', 'recent-injury', 'hip-replacement', 'balance', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- ===== bolster-evening-unwind =====
UPDATE step SET instructions = 'Lie on your back with a bolster or rolled blanket under your knees. Rest your arms at your sides. Breathe slowly and let your lower back sink towards the floor.'
WHERE step_order = 1 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind');
UPDATE step SET instructions = 'Keep the bolster under your knees. Rest your hands on your lower belly. Make slow, light circles clockwise around the navel.',
    safety_cue = 'If you feel a pulse, ease off and move 3 to 5 cm (1 to 2 in) further out. Skip the step if you cannot find a spot without one.'
WHERE step_order = 2 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind');
UPDATE step SET instructions = 'Move your fingertips just inside one front hip bone. Make small, soft circles on the muscle there.',
    safety_cue = 'Stay above the groin crease. If you feel a pulse, ease off and move further out towards the hip bone. Skip the step if you cannot find a spot without one.'
WHERE step_order = 3 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind');
UPDATE step SET instructions = 'Lift your hips and move the bolster under your pelvis. Stretch both legs out along the floor. Let the front of your hips open and your belly soften.',
    safety_cue = 'Keep the bolster under the pelvis, not the lower back. Bend your knees again if your back aches.'
WHERE step_order = 4 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind');
UPDATE step SET instructions = 'Stay on the bolster. Slowly draw one knee towards your chest while the other leg rests long. Hold, then lower it.'
WHERE step_order = 5 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind');
UPDATE step SET instructions = 'Remove the bolster. Bring the soles of your feet together. Let your knees fall outward onto cushions. Rest here and let the inner thighs soften.'
WHERE step_order = 6 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind');
UPDATE step SET instructions = 'Put the bolster back under your knees. Rest with your hands on your belly. Let the belly, hips and pelvic floor relax with every breath.'
WHERE step_order = 7 AND routine_id = (SELECT id FROM routine WHERE slug = 'bolster-evening-unwind');
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'bolster-evening-unwind'
    AND c.code IN ('recent-surgery', 'pregnancy', 'aortic-aneurysm', 'after-meal', 'hernia', 'digestive-inflammatory', 'new-belly-pain', 'abdominal-pulse', 'fever', 'blood-thinners', 'bone', 'back-red-flags-emergency', 'back-red-flags-soon', 'recent-injury', 'hip-replacement', 'stop-signs')
    AND NOT EXISTS (SELECT 1 FROM routine_caution rc WHERE rc.routine_id = r.id AND rc.caution_id = c.id);

-- Tiers that differ from the caution's own action: the strictest any step requires.
-- pregnancy: pregnancy blocks belly and psoas pressure; it only asks first for positions and core work.
INSERT INTO routine_caution_tier (routine_id, caution_id, action)
SELECT r.id, c.id, 'DO_NOT_START' FROM routine r, caution c WHERE c.code = 'pregnancy'
    AND r.slug IN ('daily-pelvic-relaxation', 'psoas-release-hands', 'psoas-ball-sphinx', 'psoas-side-lying', 'lower-abdomen-circles', 'foam-roller-release', 'bolster-evening-unwind');
-- blood-thinners: light pressure only: people on blood thinners may go on, with the advice at those steps.
INSERT INTO routine_caution_tier (routine_id, caution_id, action)
SELECT r.id, c.id, 'ADAPT' FROM routine r, caution c WHERE c.code = 'blood-thinners'
    AND r.slug IN ('daily-pelvic-relaxation', 'lower-abdomen-circles', 'desk-break', 'bolster-evening-unwind');
-- fragile-bones: no firm pressure, rolling or tools, only exercise and getting up and down that need care.
INSERT INTO routine_caution_tier (routine_id, caution_id, action)
SELECT r.id, c.id, 'ADAPT' FROM routine r, caution c WHERE c.code = 'fragile-bones'
    AND r.slug IN ('gentle-core-activation', 'thomas-test-self-check', 'desk-break');
