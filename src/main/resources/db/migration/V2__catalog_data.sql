-- Catalog content for Unknot: muscle groups, cautions, routines and their steps.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15. Ids are identity columns,
-- so rows are referenced by slug or code, never by id.

-- Muscle groups
INSERT INTO muscle_group (slug, name, body_region, location, function_text, tension_signs, sort_order) VALUES
    ('psoas', 'Psoas', 'Deep front of the hip',
     'A long, deep muscle that starts on the sides of the lower spine, runs down through the pelvis behind the belly organs, and attaches to the inner top of the thigh bone. From the front you reach it through the belly, a little to the side of and below the navel.',
     'It lifts the thigh toward the trunk and, when the legs are still, draws the lower spine and trunk forward. As the main link between the spine and the legs, it helps keep the lower back and pelvis steady when you stand and walk. Its upper end lies close to the diaphragm.',
     'A dull ache in the lower back or deep in the groin, and a stiff front of the hip, most noticeable when you get up after sitting for a long time. Standing fully upright or taking a long stride may feel hard.',
     1),
    ('adductors', 'Adductors (inner thighs)', 'Inner thigh',
     'A group of muscles on the inside of the thigh. They start on the pubic bone and the lower edge of the pelvis and fan out along the inner side of the thigh bone, the longest reaching down toward the knee.',
     'They draw the legs toward each other and help hold the pelvis and hips steady when you walk, climb stairs or stand on one leg.',
     'Tender or ropy spots along the inside of the thigh, a pulling feeling in the groin, and knees that stay high when you sit with the soles of your feet together. Tight inner thighs often come with stiff hips and a stiff lower back.',
     2),
    ('lower-back', 'Lower back muscles', 'Lower back',
     'Thick columns of muscle on each side of the spine, between the lowest ribs and the top of the pelvis, with smaller, deeper layers lying close to the bones of the spine.',
     'They hold the spine upright, straighten it after you bend forward, and help you bend and turn the trunk. Together with the abdominal muscles they brace the spine when you lift.',
     'A dull, tired ache after long sitting or standing, stiffness when you bend forward, and firm, tender bands you can feel on either side of the spine.',
     3),
    ('abdomen', 'Abdomen', 'Belly and lower abdomen',
     'The layered muscles at the front and sides of the trunk, between the lower ribs and the pelvis. The deepest layer, the transverse abdominis, wraps around the trunk like a wide belt.',
     'They support the spine and the belly organs, help you breathe out fully and keep the pelvis steady. The deep layer works as a team with the pelvic floor and the diaphragm.',
     'A belly that feels held or hard and will not let go, breathing that stays high in the chest, and difficulty letting the belly rise when you lie down and breathe in.',
     4),
    ('hip-flexors', 'Hip flexors', 'Front of the hip',
     'The muscles that cross the front of the hip joint: the psoas, the iliacus, which lines the inside of the pelvic bowl and joins the psoas, and the rectus femoris at the front of the thigh.',
     'They lift the knee toward the chest, tip the pelvis forward and swing the leg forward when you walk or run.',
     'A tight front of the hip after long sitting, a shortened stride, and a lower back that arches more than usual when you stand. In the Thomas test the lowered thigh stays above the table.',
     5),
    ('glutes', 'Piriformis and glutes', 'Buttock and back of the hip',
     'The gluteal muscles form the buttock. The piriformis lies deep beneath them and runs from the base of the spine (the sacrum) to the top of the thigh bone, close to the sciatic nerve.',
     'They straighten the hip, turn the thigh outward and keep the pelvis level when you stand on one leg, balancing the pull of the hip flexors at the front.',
     'A deep ache in the buttock that often builds with sitting. A tight piriformis can press on the sciatic nerve and send pain, tingling or numbness down the back of the leg; have that checked by a professional.',
     6),
    ('pelvic-floor', 'Pelvic floor', 'Base of the pelvis',
     'A sling of muscles across the bottom of the pelvis, from the pubic bone at the front to the tailbone at the back. The routines here reach it only from the outside and through breathing; internal work is for qualified practitioners.',
     'It supports the bladder, the bowel and, in women, the uterus, helps you hold and release urine and stool, and works with the deep abdominals and the diaphragm to support the trunk.',
     'A floor that stays clenched much of the time and is hard to let go of, and aching around the pelvis, hips or tailbone. These signs have many possible causes, so get persistent ones checked.',
     7);

-- Cautions. question is asked before a session (yes = do not start); NULL for cautions that apply during it.
INSERT INTO caution (code, title, explanation, advice, action, question, sort_order) VALUES
    ('recent-surgery', 'Recent abdominal or pelvic surgery',
     'Scars and healing tissue in the belly and pelvis are easily strained by pressure, stretching or bracing, even once the skin looks healed.',
     'Do not start belly, psoas or pelvic work until your surgeon or physiotherapist says it is safe. Until then, choose routines that leave the belly and groin alone.',
     'DO_NOT_START', 'Have you had abdominal or pelvic surgery in the last three months?', 1),
    ('hernia', 'Hernia',
     'Pressing into the belly or groin, and straining during core exercises, raises the pressure inside the abdomen, which can push on a weak spot in the abdominal wall.',
     'Ask a doctor or physiotherapist whether this routine suits you. Until you know, leave out pressure on the belly and groin and any exercise that makes you strain or hold your breath.',
     'ASK_PROFESSIONAL', 'Do you have a hernia, or a bulge in your belly or groin that has not been checked?', 2),
    ('pregnancy', 'Pregnancy',
     'Deep pressure on the belly is not suitable during pregnancy, and lying face down, or flat on your back for long, becomes uncomfortable or unsuitable as pregnancy goes on.',
     'Ask your midwife or doctor before you start. If they agree, keep to light touch, skip deep belly and psoas pressure, and choose side-lying or seated positions.',
     'ASK_PROFESSIONAL', 'Are you pregnant, or could you be?', 3),
    ('digestive-inflammatory', 'Digestive or inflammatory conditions',
     'Pressure on an inflamed bowel or on swollen, warm tissue can increase pain and irritation. A fever means your body is already fighting something.',
     'Wait until a flare-up or fever has settled. If you live with a condition such as inflammatory bowel disease, ask your doctor before you work on the belly.',
     'ASK_PROFESSIONAL', 'Do you have a digestive or inflammatory condition that is active right now, such as a bowel disease flare-up, or a fever?', 4),
    ('recent-injury', 'Recent injury to the back, hip or pelvis',
     'A fresh strain, sprain or fall needs time to heal, and pressure or stretching can set it back. Pain in these areas can also have causes that need to be checked first.',
     'Have the injury assessed by a doctor or physiotherapist and ask which movements are safe. In the meantime, work only on areas well away from it.',
     'ASK_PROFESSIONAL', 'Have you recently injured your back, hip, groin or pelvis, or do you have pain there that has not been checked?', 5),
    ('abdominal-pulse', 'A pulse under your fingers',
     'A beat under your fingers in the belly means you are pressing on the abdominal aorta or one of the large blood vessels that branch from it. These vessels should not be pressed.',
     'Ease off at once, move your fingers an inch or two further out to the side and sink in again more gently. If you cannot find a spot without a pulse, skip that step.',
     'ADAPT', NULL, 6),
    ('bone', 'Pressing on bone',
     'Bony points such as the spine, the rim of the pelvis and the hip bones do not soften under pressure. Pressing or rolling on them can bruise and irritate the joints.',
     'Keep your hands, the ball or the roller on soft muscle. Work beside the spine, never on it, and go around the hip bones rather than over them.',
     'ADAPT', NULL, 7),
    ('stop-signs', 'Stop signs',
     'Sharp or shooting pain, dizziness, nausea, numbness or tingling suggest that a nerve, a blood vessel or an injured area is being irritated. Normal massage discomfort is dull and eases as you breathe.',
     'Stop at once, come out of the position slowly and rest. If the feeling does not fade within a few minutes, or keeps coming back, see a health professional before you try again.',
     'ADAPT', NULL, 8);

-- Routines
INSERT INTO routine (slug, title, summary, benefits, difficulty) VALUES
    ('daily-pelvic-relaxation', 'Daily pelvic relaxation',
     'A short everyday routine that works through the lower belly, the hips, the inner thighs, the psoas and the lower back with gentle hand pressure.',
     'A few minutes a day of unhurried hand work can help loosen the muscles that hold the pelvis: the belly wall, the front of the hips, the inner thighs, the psoas and the lower back. Done regularly, it is a simple way to notice where you hold tension, to let your breathing settle and to ease the stiffness that builds up with long hours of sitting. All work is external and gentle; you only go as deep as feels comfortable.',
     'GENTLE'),
    ('psoas-release-hands', 'Psoas release with your hands',
     'Find the psoas through the lower belly, rest into it with steady fingertip pressure and slow breaths, then let the leg slide out to lengthen it.',
     'The psoas runs deep from the lower spine to the thigh and tends to shorten with long sitting. Steady, patient pressure from your own fingertips, combined with slow breathing and a gentle leg movement, may help it let go, which can ease tightness at the front of the hip and in the lower back. Using your hands lets you feel exactly where you are and keep the pressure in the gentle to moderate range.',
     'GENTLE'),
    ('psoas-ball-sphinx', 'Psoas release with a ball in sphinx position',
     'Lie face down propped on your elbows with a soft massage ball beside your navel, and let your body weight and breathing release the psoas.',
     'In the sphinx position your body weight provides steady, even pressure, so your hands stay free and your arms control how deep you go. Slow breathing against the ball, and moving it gradually down the muscle, may help a tight psoas relax and ease the pull it puts on the lower back and the front of the hip.',
     'MODERATE'),
    ('psoas-side-lying', 'Side-lying psoas release',
     'Lying on your side, work from beside the lower spine toward the hip and then into the front of the hip, one side at a time.',
     'Lying on your side is restful and lets you reach the psoas region from the back as well as the front. Working slowly along the muscles beside the lower spine and into the front of the hip may ease deep stiffness there, and this position suits people who find lying flat or face down uncomfortable.',
     'MODERATE'),
    ('adductor-massage-seated-lying', 'Inner-thigh massage, seated and lying',
     'Knead and glide along the inner thighs while seated, then finish lying down with forearm circles and a supported rest.',
     'The inner-thigh muscles help steady the pelvis and often tighten along with the hips and lower back. Kneading and slow gliding strokes from the knee toward the groin, followed by gentle forearm pressure, may ease tender spots, help the thighs feel looser and make it easier for the knees to fall open comfortably.',
     'GENTLE'),
    ('lower-back-tennis-ball', 'Lower back release with a tennis ball',
     'Warm the lower back with your hands, then roll and rest on a tennis ball placed beside the spine, one side at a time.',
     'Your body weight on a tennis ball reaches deeper layers of the back muscles than your hands can easily manage. Slow rolling beside the spine and pausing on tender spots may ease the dull ache and stiffness that long sitting leaves in the lower back, and a gentle knee-to-chest stretch helps you finish relaxed.',
     'MODERATE'),
    ('lower-abdomen-circles', 'Lower abdomen circles',
     'Light, slow hand circles on the lower belly, clockwise and then counterclockwise, paced by calm breathing.',
     'Light circling on the lower belly, together with slow breathing, may help the abdominal wall let go of held tension and let the breath drop lower into the belly. Many people find it soothing at the end of the day. The pressure stays light and you decide when to go a little deeper.',
     'GENTLE'),
    ('foam-roller-release', 'Foam roller release for hips and back',
     'Use a foam roller on the front of the hips, the buttocks, the inner thighs and the area just above the pelvis, pausing on tender spots.',
     'A foam roller lets your body weight do the work over larger areas. Slow rolling and short pauses on tight spots may ease tension in the front of the hips, the buttocks and the inner thighs, and indirectly take some strain off the psoas and lower back. It is firmer than hand work, so build up gradually.',
     'FIRM'),
    ('hip-and-back-stretches', 'Stretches for the hips and lower back',
     'A set of held stretches for the lower back, the psoas and hip flexors and the inner thighs, finishing with a supported rest over a bolster.',
     'Stretching after massage helps keep the length you have gained. Pelvic tilts loosen the lower back, the knee-to-chest and kneeling lunge lengthen the psoas and hip flexors, and the butterfly opens the inner thighs. Short, repeated holds with steady breathing are gentle on the body and easy to fit into a day.',
     'GENTLE'),
    ('gentle-core-activation', 'Gentle core activation',
     'Wake up the pelvic floor and deep abdominals, then build steadily through a modified plank, slow bicycle and Russian twist.',
     'A psoas that has to make up for a weak core tends to stay tight. These exercises train the pelvic floor, the deep belly muscles and the obliques that help support the spine and pelvis. The counts are modest, so you can keep good form and build up over time.',
     'MODERATE'),
    ('thomas-test-self-check', 'Thomas test self-check',
     'A quick self-check for tight hip flexors: lie back on the end of a bed, hug one knee and watch where the other thigh settles.',
     'The Thomas test shows whether the psoas and other hip flexors on each side let the thigh drop to its normal resting point. Checking both sides before and after a few weeks of massage and stretching gives you a simple way to notice change. It is a rough guide for your own practice, not a diagnosis.',
     'GENTLE'),
    ('desk-break', 'Desk break for hips and back',
     'A five-minute break from sitting: pelvic tilts, inner-thigh work and a knuckle rub for the lower back in your chair, then a standing hip-flexor stretch.',
     'Long hours in a chair keep the hip flexors short and the inner thighs and lower back still. A few minutes of movement and hand work at your desk may break up that stiffness, help you sit more upright and remind you to get up regularly. You need no equipment and can do it in work clothes.',
     'GENTLE'),
    ('bolster-evening-unwind', 'Evening unwind with a bolster',
     'A slow, supported routine for the end of the day: rest over a bolster, light belly and hip circles, gentle knee-to-chest stretches and a long final rest.',
     'Resting with a bolster under the knees takes load off the lower back, and raising the pelvis lets the front of the hips open without effort. Combined with light hand work and slow breathing, this may help the belly, hips and pelvic floor let go after a day of sitting and make it easier to wind down before sleep.',
     'GENTLE');

-- ===== daily-pelvic-relaxation =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation'), 1, 'Settle and breathe',
     'Lie on a mat with your knees bent and feet flat. Rest your hands on your lower belly and take a few slow breaths, letting the belly rise under your hands.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', 'Let each out-breath be a little longer than the in-breath', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation'), 2, 'Circle the lower belly',
     'With flat fingers, make slow circles below your navel, first clockwise, then counterclockwise. Start very lightly and add a little pressure only if it feels good.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', 'Breathe slowly into your hands', 'DURATION', 90, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation'), 3, 'Circle around the hips',
     'Move your fingertips or palms to the soft area just inside and below each front hip bone. Make small, gentle circles around the bone, staying on soft tissue rather than on the bone itself.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation'), 4, 'Knead the inner thighs',
     'Let one knee fall a little to the side. Knead and roll the inside of the thigh with both hands, working from just above the knee up toward the groin, then switch legs.',
     'KNEADING', 'LIGHT', 'LYING_ON_BACK', 'HANDS', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation'), 5, 'Soften the psoas',
     'Draw one knee gently toward your chest. Place your fingertips just inside the front hip bone, toward the groin, and make small, slow circles. Begin lightly and build only as the area softens.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', 'Breathe deeply and let the belly stay soft', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'daily-pelvic-relaxation'), 6, 'Release the lower back',
     'Slide your hands under your lower back and make circles and gentle kneading movements on the muscles beside the spine, from its base up toward the mid-back. You can use a tennis ball beside the spine instead.',
     'KNEADING', 'MODERATE', 'LYING_ON_BACK', 'HANDS', NULL, 'DURATION', 90, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'daily-pelvic-relaxation' AND ((s.step_order = 1 AND m.slug IN ('abdomen', 'pelvic-floor'))
    OR (s.step_order = 2 AND m.slug IN ('abdomen'))
    OR (s.step_order = 3 AND m.slug IN ('hip-flexors'))
    OR (s.step_order = 4 AND m.slug IN ('adductors'))
    OR (s.step_order = 5 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 6 AND m.slug IN ('lower-back')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'daily-pelvic-relaxation' AND c.code IN ('recent-surgery', 'hernia', 'pregnancy', 'digestive-inflammatory', 'abdominal-pulse', 'recent-injury', 'bone', 'stop-signs');

-- ===== psoas-release-hands =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'psoas-release-hands'), 1, 'Lie down and soften the belly',
     'Lie on your back with your knees bent and feet flat, hip-width apart. Take a few slow breaths and let your belly go soft.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe low, into the belly', 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'psoas-release-hands'), 2, 'Find the psoas',
     'Place your fingertips about two inches below and to the side of your navel. Lift that foot an inch off the floor: the muscle that firms deep under your fingers is the psoas. Lower the foot and relax.',
     'SUSTAINED_PRESSURE', 'LIGHT', 'LYING_ON_BACK', 'HANDS', NULL, 'UNTIMED', 30, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-release-hands'), 3, 'Sink in slowly',
     'Press slowly down and slightly toward the spine, only as far as the tissue lets you. Hold steady pressure and wait for the muscle to soften under your fingers.',
     'SUSTAINED_PRESSURE', 'MODERATE', 'LYING_ON_BACK', 'HANDS', 'Breathe out slowly as you sink in', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-release-hands'), 4, 'Circle down the muscle',
     'Keeping contact, make small circles and move a little lower every few breaths, down toward the inside of the front hip bone.',
     'CIRCLES', 'MODERATE', 'LYING_ON_BACK', 'HANDS', NULL, 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-release-hands'), 5, 'Slide the leg out',
     'Hold a tender spot with steady pressure while you slowly slide that heel along the floor until the leg is straight, then slide it back. Repeat slowly.',
     'SUSTAINED_PRESSURE', 'MODERATE', 'LYING_ON_BACK', 'HANDS', 'Breathe out as the leg lengthens', 'REPS', NULL, 10, 3, 1, 5, 0, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-release-hands'), 6, 'Rest and compare',
     'Take your hands away, let both legs rest and notice any difference between the two sides of your hips and lower back.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', NULL, 'DURATION', 30, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'psoas-release-hands' AND ((s.step_order = 1 AND m.slug IN ('abdomen', 'psoas'))
    OR (s.step_order = 2 AND m.slug IN ('psoas'))
    OR (s.step_order = 3 AND m.slug IN ('psoas', 'abdomen'))
    OR (s.step_order = 4 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 5 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 6 AND m.slug IN ('psoas', 'lower-back')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'psoas-release-hands' AND c.code IN ('recent-surgery', 'hernia', 'pregnancy', 'digestive-inflammatory', 'abdominal-pulse', 'recent-injury', 'bone', 'stop-signs');

-- ===== psoas-ball-sphinx =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx'), 1, 'Find the spot',
     'Lie on your back with your knees bent. Put your fingertips beside your navel, a little lower, and lift one foot: the muscle that firms there is where the ball will go. Check both sides.',
     'SELF_CHECK', NULL, 'LYING_ON_BACK', 'HANDS', NULL, 'UNTIMED', 40, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx'), 2, 'Settle onto the ball',
     'Turn face down and place a soft massage ball beside your navel on one side. Prop yourself on your elbows in sphinx position and let your weight sink onto the ball a little at a time.',
     'SUSTAINED_PRESSURE', 'LIGHT', 'FACE_DOWN_ON_ELBOWS', 'BALL', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx'), 3, 'Breathe into the ball',
     'Stay still and breathe slowly into your belly against the ball. For more pressure, lower your chest toward the floor; for less, push up higher on your elbows.',
     'SUSTAINED_PRESSURE', 'MODERATE', 'FACE_DOWN_ON_ELBOWS', 'BALL', 'Breathe in against the ball, soften as you breathe out', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx'), 4, 'Move the ball down',
     'Shift your body a little at a time so the ball travels downward toward the front of the hip. Pause on tender spots, and stop before you reach the hip bone.',
     'ROLLING', 'MODERATE', 'FACE_DOWN_ON_ELBOWS', 'BALL', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-ball-sphinx'), 5, 'Rest on your back',
     'Remove the ball, roll onto your back with your knees bent, and rest. Notice how your hips and lower back feel.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', 'Slow, easy breaths', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'psoas-ball-sphinx' AND ((s.step_order = 1 AND m.slug IN ('psoas'))
    OR (s.step_order = 2 AND m.slug IN ('psoas', 'abdomen'))
    OR (s.step_order = 3 AND m.slug IN ('psoas', 'abdomen'))
    OR (s.step_order = 4 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 5 AND m.slug IN ('psoas', 'lower-back')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'psoas-ball-sphinx' AND c.code IN ('recent-surgery', 'hernia', 'pregnancy', 'digestive-inflammatory', 'abdominal-pulse', 'recent-injury', 'bone', 'stop-signs');

-- ===== psoas-side-lying =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'psoas-side-lying'), 1, 'Settle on your side',
     'Lie on your side with your knees slightly bent and your head supported. A pillow between the knees keeps the hips level.',
     'BREATHING', NULL, 'SIDE_LYING', 'NONE', 'Let your belly hang loose as you breathe', 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'psoas-side-lying'), 2, 'Press beside the lower spine',
     'Reach your top hand behind you to the soft muscle just beside the lower spine, below the ribs. Press in slowly and hold, keeping off the bones of the spine.',
     'SUSTAINED_PRESSURE', 'LIGHT', 'SIDE_LYING', 'HANDS', 'Breathe out as you press', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-side-lying'), 3, 'Work toward the hip',
     'Keep steady pressure and glide your fingers slowly from beside the spine down and around toward the top of the pelvis. Go over the muscle, not the bone.',
     'STRIPPING', 'MODERATE', 'SIDE_LYING', 'HANDS', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-side-lying'), 4, 'Reach the front of the hip',
     'Bring your top hand to the front. Place your fingertips just inside the front hip bone and sink in gently toward the spine. Hold there while you breathe.',
     'SUSTAINED_PRESSURE', 'MODERATE', 'SIDE_LYING', 'HANDS', 'Breathe out slowly as you sink in', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'psoas-side-lying'), 5, 'Rest, then turn over',
     'Release the pressure and rest on this side for a few breaths, then turn over and repeat the steps on the other side.',
     'BREATHING', NULL, 'SIDE_LYING', 'NONE', NULL, 'DURATION', 30, NULL, NULL, NULL, NULL, NULL, TRUE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'psoas-side-lying' AND ((s.step_order = 1 AND m.slug IN ('abdomen', 'psoas'))
    OR (s.step_order = 2 AND m.slug IN ('lower-back', 'psoas'))
    OR (s.step_order = 3 AND m.slug IN ('lower-back', 'psoas'))
    OR (s.step_order = 4 AND m.slug IN ('psoas', 'hip-flexors', 'abdomen'))
    OR (s.step_order = 5 AND m.slug IN ('psoas', 'lower-back')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'psoas-side-lying' AND c.code IN ('recent-surgery', 'hernia', 'pregnancy', 'digestive-inflammatory', 'abdominal-pulse', 'recent-injury', 'bone', 'stop-signs');

-- ===== adductor-massage-seated-lying =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying'), 1, 'Warm up the inner thigh',
     'Sit with your legs stretched out or loosely crossed. Rub and gently squeeze the inside of one thigh with both hands to warm it up.',
     'KNEADING', 'LIGHT', 'SEATED', 'HANDS', NULL, 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying'), 2, 'Knead from knee to groin',
     'Grasp the inner thigh muscles and knead and roll them between your hands, starting just above the knee and working up toward the groin.',
     'KNEADING', 'MODERATE', 'SEATED', 'HANDS', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying'), 3, 'Glide up the inner thigh',
     'With the heel of your hand, glide slowly from above the knee toward the groin in three lines: front, middle and back of the inner thigh. Stop before the crease at the top of the leg.',
     'STRIPPING', 'MODERATE', 'SEATED', 'HANDS', 'Breathe out during each slow stroke', 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying'), 4, 'Hold tender spots',
     'Go back to any spot that felt tender. Press and hold with your thumbs until it eases a little, without pushing into pain.',
     'SUSTAINED_PRESSURE', 'MODERATE', 'SEATED', 'HANDS', 'Breathe slowly while you hold', 'DURATION', 30, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying'), 5, 'Forearm circles lying down',
     'Lie on your back with your knees bent and let one knee drop to the side onto a cushion. Rest your forearm on the inner thigh and make slow, gentle circles.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', NULL, 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'adductor-massage-seated-lying'), 6, 'Let the knees open',
     'Bring the soles of your feet together and let both knees fall open, resting on cushions if needed. Stay here and let the inner thighs and pelvic floor soften.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', 'Let the pelvic floor soften each time you breathe out', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'adductor-massage-seated-lying' AND ((s.step_order = 1 AND m.slug IN ('adductors'))
    OR (s.step_order = 2 AND m.slug IN ('adductors'))
    OR (s.step_order = 3 AND m.slug IN ('adductors'))
    OR (s.step_order = 4 AND m.slug IN ('adductors'))
    OR (s.step_order = 5 AND m.slug IN ('adductors'))
    OR (s.step_order = 6 AND m.slug IN ('adductors', 'pelvic-floor')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'adductor-massage-seated-lying' AND c.code IN ('hernia', 'recent-injury', 'stop-signs');

-- ===== lower-back-tennis-ball =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball'), 1, 'Warm up with your hands',
     'Lie on your back with your knees bent and slide your hands under your lower back. Make slow circles on the muscles beside the spine, from its base up toward the mid-back.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball'), 2, 'Place the ball',
     'Put a tennis ball under the muscle just beside the spine, a little above the pelvis. Lower your weight onto it gradually. The ball must never sit on the spine itself.',
     'SUSTAINED_PRESSURE', 'LIGHT', 'LYING_ON_BACK', 'BALL', 'Breathe out as you let your weight settle', 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball'), 3, 'Roll slowly',
     'Push gently through your feet to roll the ball up and down the muscle, between the top of the pelvis and the lowest ribs. Keep the movement small and slow.',
     'ROLLING', 'MODERATE', 'LYING_ON_BACK', 'BALL', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball'), 4, 'Pause on tender spots',
     'Stop on any tender spot and rest your weight there. Stay until the tenderness fades a little, then move the ball to the other side of the spine and repeat.',
     'SUSTAINED_PRESSURE', 'MODERATE', 'LYING_ON_BACK', 'BALL', 'Slow breaths; soften on each out-breath', 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'lower-back-tennis-ball'), 5, 'Ease off with knee to chest',
     'Remove the ball. Draw one knee toward your chest with your hands, hold briefly, then lower it. Repeat, then switch legs.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'NONE', NULL, 'REPS', NULL, 10, 3, 1, 5, 0, TRUE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'lower-back-tennis-ball' AND ((s.step_order = 1 AND m.slug IN ('lower-back'))
    OR (s.step_order = 2 AND m.slug IN ('lower-back'))
    OR (s.step_order = 3 AND m.slug IN ('lower-back'))
    OR (s.step_order = 4 AND m.slug IN ('lower-back'))
    OR (s.step_order = 5 AND m.slug IN ('lower-back', 'glutes')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'lower-back-tennis-ball' AND c.code IN ('recent-injury', 'bone', 'stop-signs');

-- ===== lower-abdomen-circles =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'lower-abdomen-circles'), 1, 'Breathe into your hands',
     'Lie on your back with your knees bent and rest both hands on your lower belly. Breathe slowly so the belly rises under your hands and falls away from them.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', 'In through the nose, slowly out through the mouth', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'lower-abdomen-circles'), 2, 'Warm with flat hands',
     'Place one palm flat over your navel and move it in wide, slow circles to warm the skin and the belly wall.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', NULL, 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'lower-abdomen-circles'), 3, 'Circle clockwise',
     'With flat fingertips, make small, slow circles on the lower belly, traveling clockwise around the navel: up your right side, across, and down your left side.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', 'Keep the breath slow and low', 'DURATION', 90, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'lower-abdomen-circles'), 4, 'Circle counterclockwise',
     'Reverse direction and continue the same small circles counterclockwise, keeping the touch light and even.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'lower-abdomen-circles'), 5, 'Sink a little deeper',
     'If it feels comfortable, let your fingers sink a little deeper as you breathe out and ease off as you breathe in, still moving in slow circles.',
     'CIRCLES', 'MODERATE', 'LYING_ON_BACK', 'HANDS', 'Press on the out-breath, ease on the in-breath', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'lower-abdomen-circles'), 6, 'Rest',
     'Let your hands rest on your belly without moving. Take a few slow breaths and let the belly, hips and pelvic floor relax.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', NULL, 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'lower-abdomen-circles' AND ((s.step_order = 1 AND m.slug IN ('abdomen', 'pelvic-floor'))
    OR (s.step_order = 2 AND m.slug IN ('abdomen'))
    OR (s.step_order = 3 AND m.slug IN ('abdomen'))
    OR (s.step_order = 4 AND m.slug IN ('abdomen'))
    OR (s.step_order = 5 AND m.slug IN ('abdomen'))
    OR (s.step_order = 6 AND m.slug IN ('abdomen', 'pelvic-floor')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'lower-abdomen-circles' AND c.code IN ('recent-surgery', 'hernia', 'pregnancy', 'digestive-inflammatory', 'abdominal-pulse', 'stop-signs');

-- ===== foam-roller-release =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'foam-roller-release'), 1, 'Roll the front of the hip',
     'Lie face down on your forearms with the roller under the front of one hip, just below the hip bone. Roll in short, slow strokes between the hip bone and the upper thigh.',
     'ROLLING', 'MODERATE', 'FACE_DOWN_ON_ELBOWS', 'FOAM_ROLLER', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'foam-roller-release'), 2, 'Pause on tight spots',
     'Stop on the tightest spot and let more weight sink into the roller. Hold, ease off, then hold again.',
     'SUSTAINED_PRESSURE', 'FIRM', 'FACE_DOWN_ON_ELBOWS', 'FOAM_ROLLER', 'Breathe out slowly during each hold', 'REPS', NULL, 10, 3, 1, 5, 0, TRUE),
    ((SELECT id FROM routine WHERE slug = 'foam-roller-release'), 3, 'Roll the buttock',
     'Sit on the roller and cross one ankle over the other knee. Lean toward the crossed leg and roll slowly over that buttock, pausing where it feels tight.',
     'ROLLING', 'MODERATE', 'SEATED', 'FOAM_ROLLER', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'foam-roller-release'), 4, 'Roll the inner thigh',
     'Lie face down on your forearms, bend one knee out to the side and place the roller under the inner thigh. Roll slowly from just above the knee toward the groin.',
     'ROLLING', 'MODERATE', 'FACE_DOWN_ON_ELBOWS', 'FOAM_ROLLER', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'foam-roller-release'), 5, 'Roll above the pelvis',
     'Lie on your back with the roller across your lower back, just above the hip bones, knees bent and feet flat. Take your weight through your feet and roll in short, gentle strokes.',
     'ROLLING', 'MODERATE', 'LYING_ON_BACK', 'FOAM_ROLLER', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'foam-roller-release' AND ((s.step_order = 1 AND m.slug IN ('hip-flexors', 'psoas'))
    OR (s.step_order = 2 AND m.slug IN ('hip-flexors', 'psoas'))
    OR (s.step_order = 3 AND m.slug IN ('glutes'))
    OR (s.step_order = 4 AND m.slug IN ('adductors'))
    OR (s.step_order = 5 AND m.slug IN ('lower-back')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'foam-roller-release' AND c.code IN ('recent-surgery', 'hernia', 'pregnancy', 'recent-injury', 'bone', 'stop-signs');

-- ===== hip-and-back-stretches =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'hip-and-back-stretches'), 1, 'Pelvic tilt',
     'Lie on your back with your knees bent and feet flat. Tighten your belly and tilt your pelvis so your lower back flattens to the floor. Hold, then release.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe out as you tilt', 'REPS', NULL, 5, 6, 3, 2, 15, FALSE),
    ((SELECT id FROM routine WHERE slug = 'hip-and-back-stretches'), 2, 'Knee to chest, other leg long',
     'Straighten one leg along the floor. Hug the other knee toward your chest and keep the straight leg heavy, so you feel the stretch at the front of its hip.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'NONE', 'Slow breaths; relax deeper on each out-breath', 'REPS', NULL, 20, 3, 1, 5, 0, TRUE),
    ((SELECT id FROM routine WHERE slug = 'hip-and-back-stretches'), 3, 'Kneeling hip-flexor lunge',
     'Kneel on one knee with the other foot flat in front. Keep your back upright and move your hips forward until you feel a stretch at the front of the back hip.',
     'STRETCH', NULL, 'KNEELING', 'NONE', 'Breathe deeply and lengthen as you breathe out', 'REPS', NULL, 30, 2, 1, 10, 0, TRUE),
    ((SELECT id FROM routine WHERE slug = 'hip-and-back-stretches'), 4, 'Butterfly',
     'Sit tall with the soles of your feet together and let your knees fall outward. Rest your hands on your ankles and lean forward slightly from the hips.',
     'STRETCH', NULL, 'SEATED', 'NONE', 'Let the knees sink a little on each out-breath', 'REPS', NULL, 30, 3, 1, 10, 0, FALSE),
    ((SELECT id FROM routine WHERE slug = 'hip-and-back-stretches'), 5, 'Supported bolster rest',
     'Lie back with a bolster under your lower back. Slowly draw one knee toward your chest while the other foot stays on the floor, hold, and lower it again.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'BOLSTER', 'Breathe slowly and let the belly soften', 'REPS', NULL, 5, 5, 1, 3, 0, TRUE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'hip-and-back-stretches' AND ((s.step_order = 1 AND m.slug IN ('lower-back', 'abdomen'))
    OR (s.step_order = 2 AND m.slug IN ('psoas', 'hip-flexors', 'lower-back', 'glutes'))
    OR (s.step_order = 3 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 4 AND m.slug IN ('adductors', 'pelvic-floor'))
    OR (s.step_order = 5 AND m.slug IN ('psoas', 'lower-back', 'abdomen')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'hip-and-back-stretches' AND c.code IN ('recent-surgery', 'recent-injury', 'stop-signs');

-- ===== gentle-core-activation =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'gentle-core-activation'), 1, 'Pelvic floor squeeze',
     'Sit upright with your legs crossed. Tighten the pelvic floor as if stopping the flow of urine, hold, then let it go completely before the next squeeze.',
     'ACTIVATION', NULL, 'SEATED', 'NONE', 'Keep breathing; do not hold your breath', 'REPS', NULL, 5, 10, 1, 5, 0, FALSE),
    ((SELECT id FROM routine WHERE slug = 'gentle-core-activation'), 2, 'Draw in the deep abdominals',
     'Lie on your back with your knees bent and feet flat. Draw your navel gently toward your spine and keep that hold for about five slow breaths, then release.',
     'ACTIVATION', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe into the sides of your ribs while you hold', 'REPS', NULL, 30, 1, 3, 0, 15, FALSE),
    ((SELECT id FROM routine WHERE slug = 'gentle-core-activation'), 3, 'Modified plank',
     'Rest on your forearms and knees with your body in a straight line from head to knees. Tighten your belly and hold without letting your hips sag.',
     'ACTIVATION', NULL, 'FACE_DOWN_ON_ELBOWS', 'NONE', 'Breathe steadily throughout', 'REPS', NULL, 30, 2, 1, 30, 0, FALSE),
    ((SELECT id FROM routine WHERE slug = 'gentle-core-activation'), 4, 'Slow bicycle',
     'Lie on your back with your hands lightly behind your head. Bring one knee toward your chest as the other leg reaches out, then switch, like pedaling slowly.',
     'ACTIVATION', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe out as each knee comes in', 'REPS', NULL, 3, 10, 2, 0, 30, FALSE),
    ((SELECT id FROM routine WHERE slug = 'gentle-core-activation'), 5, 'Russian twist',
     'Sit with your knees bent and feet flat, and lean back slightly with a long spine. Turn your upper body slowly from side to side.',
     'ACTIVATION', NULL, 'SEATED', 'NONE', 'Breathe out as you turn', 'REPS', NULL, 2, 10, 2, 0, 30, FALSE),
    ((SELECT id FROM routine WHERE slug = 'gentle-core-activation'), 6, 'Let everything go',
     'Lie on your back with your knees bent and rest. Let the belly and pelvic floor relax fully after the work.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'NONE', 'Long, slow out-breaths', 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'gentle-core-activation' AND ((s.step_order = 1 AND m.slug IN ('pelvic-floor'))
    OR (s.step_order = 2 AND m.slug IN ('abdomen'))
    OR (s.step_order = 3 AND m.slug IN ('abdomen', 'glutes', 'lower-back'))
    OR (s.step_order = 4 AND m.slug IN ('abdomen', 'hip-flexors'))
    OR (s.step_order = 5 AND m.slug IN ('abdomen'))
    OR (s.step_order = 6 AND m.slug IN ('abdomen', 'pelvic-floor')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'gentle-core-activation' AND c.code IN ('recent-surgery', 'hernia', 'pregnancy', 'recent-injury', 'stop-signs');

-- ===== thomas-test-self-check =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'thomas-test-self-check'), 1, 'Sit on the edge',
     'Sit on the very end of a firm bed or sturdy table, so that only the top half of your thighs is supported.',
     'SELF_CHECK', NULL, 'SEATED', 'NONE', NULL, 'UNTIMED', 20, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'thomas-test-self-check'), 2, 'Roll back hugging both knees',
     'Hug both knees to your chest and roll back to lie down, keeping the knees hugged in so your lower back lies flat.',
     'SELF_CHECK', NULL, 'LYING_ON_BACK', 'NONE', NULL, 'UNTIMED', 20, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'thomas-test-self-check'), 3, 'Lower one leg',
     'Keep hugging one knee. Slowly lower the other leg until it hangs over the edge, and let it relax completely.',
     'SELF_CHECK', NULL, 'LYING_ON_BACK', 'NONE', 'Breathe out and let the leg hang heavy', 'UNTIMED', 30, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'thomas-test-self-check'), 4, 'Read the thigh and knee',
     'If the back of the lowered thigh rests on the bed, the hip flexors are at a normal length. If it stays above the bed, the psoas and hip flexors may be tight. If the knee also straightens out, the front thigh muscle may be tight.',
     'SELF_CHECK', NULL, 'LYING_ON_BACK', 'NONE', NULL, 'UNTIMED', 30, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'thomas-test-self-check'), 5, 'Finish and compare',
     'Hug both knees again and roll up to sitting. Compare the two sides. This is not a diagnosis; if one side hurts or differs a lot, ask a physiotherapist.',
     'SELF_CHECK', NULL, 'SEATED', 'NONE', NULL, 'UNTIMED', 30, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'thomas-test-self-check' AND ((s.step_order = 1 AND m.slug IN ('hip-flexors'))
    OR (s.step_order = 2 AND m.slug IN ('hip-flexors', 'lower-back'))
    OR (s.step_order = 3 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 4 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 5 AND m.slug IN ('psoas', 'hip-flexors')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'thomas-test-self-check' AND c.code IN ('recent-surgery', 'recent-injury', 'stop-signs');

-- ===== desk-break =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'desk-break'), 1, 'Seated pelvic tilts',
     'Sit near the front of your chair with your feet flat. Slowly roll your pelvis back to round your lower back, then forward to arch it, and pause at each end.',
     'STRETCH', NULL, 'SEATED', 'NONE', 'Breathe out as you round, in as you arch', 'REPS', NULL, 3, 8, 1, 2, 0, FALSE),
    ((SELECT id FROM routine WHERE slug = 'desk-break'), 2, 'Inner-thigh press',
     'Place your fists between your knees and squeeze them together gently. Hold, then relax fully.',
     'ACTIVATION', NULL, 'SEATED', 'HANDS', 'Keep breathing during each squeeze', 'REPS', NULL, 5, 8, 1, 3, 0, FALSE),
    ((SELECT id FROM routine WHERE slug = 'desk-break'), 3, 'Knead the inner thighs',
     'Knead the inside of one thigh with both hands, from above the knee toward the groin, then switch legs.',
     'KNEADING', 'MODERATE', 'SEATED', 'HANDS', NULL, 'DURATION', 30, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'desk-break'), 4, 'Knuckle rub for the lower back',
     'Lean forward slightly and make loose fists. Rub your knuckles in small circles over the muscles on both sides of your lower back, keeping off the spine.',
     'CIRCLES', 'MODERATE', 'SEATED', 'HANDS', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'desk-break'), 5, 'Standing hip-flexor stretch',
     'Stand and step one foot forward into a small lunge with your back leg straight. Keep your trunk upright and press the back hip gently forward.',
     'STRETCH', NULL, 'STANDING', 'NONE', 'Breathe slowly and stand tall', 'REPS', NULL, 30, 1, 1, 0, 0, TRUE),
    ((SELECT id FROM routine WHERE slug = 'desk-break'), 6, 'Stand tall and breathe',
     'Stand with your weight even on both feet and your shoulders relaxed. Take a few slow breaths before you sit down again.',
     'BREATHING', NULL, 'STANDING', 'NONE', 'Let each breath reach your belly', 'DURATION', 30, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'desk-break' AND ((s.step_order = 1 AND m.slug IN ('lower-back', 'abdomen'))
    OR (s.step_order = 2 AND m.slug IN ('adductors'))
    OR (s.step_order = 3 AND m.slug IN ('adductors'))
    OR (s.step_order = 4 AND m.slug IN ('lower-back'))
    OR (s.step_order = 5 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 6 AND m.slug IN ('abdomen', 'pelvic-floor')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'desk-break' AND c.code IN ('recent-injury', 'bone', 'stop-signs');

-- ===== bolster-evening-unwind =====
INSERT INTO step (routine_id, step_order, title, instructions, technique, pressure, body_position, equipment, breathing_cue, timing, duration_seconds, hold_seconds, reps, sets, rest_seconds, set_rest_seconds, each_side) VALUES
    ((SELECT id FROM routine WHERE slug = 'bolster-evening-unwind'), 1, 'Rest with the bolster under your knees',
     'Lie on your back with a bolster or rolled blanket under your knees and your arms resting at your sides. Breathe slowly and let your lower back sink toward the floor.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'BOLSTER', 'Let each out-breath be long and slow', 'DURATION', 90, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'bolster-evening-unwind'), 2, 'Light belly circles',
     'With the bolster still under your knees, rest your hands on your lower belly and make slow, light circles clockwise around the navel.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', 'Breathe into your hands', 'DURATION', 90, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'bolster-evening-unwind'), 3, 'Soft circles at the front of the hips',
     'Move your fingertips just inside one front hip bone and make small, soft circles on the muscle there, then change sides.',
     'CIRCLES', 'LIGHT', 'LYING_ON_BACK', 'HANDS', NULL, 'DURATION', 45, NULL, NULL, NULL, NULL, NULL, TRUE),
    ((SELECT id FROM routine WHERE slug = 'bolster-evening-unwind'), 4, 'Rest with the pelvis raised',
     'Move the bolster under your pelvis and stretch both legs out along the floor. Let the front of your hips open and your belly soften.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'BOLSTER', 'Breathe slowly into the belly', 'DURATION', 90, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'bolster-evening-unwind'), 5, 'Draw one knee in',
     'Still on the bolster, slowly draw one knee toward your chest while the other leg rests long. Hold, lower, and repeat, then switch.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'BOLSTER', NULL, 'REPS', NULL, 10, 3, 1, 5, 0, TRUE),
    ((SELECT id FROM routine WHERE slug = 'bolster-evening-unwind'), 6, 'Knees open, soles together',
     'Remove the bolster, bring the soles of your feet together and let your knees fall outward onto cushions. Rest here and let the inner thighs soften.',
     'STRETCH', NULL, 'LYING_ON_BACK', 'NONE', 'Let the pelvic floor soften as you breathe out', 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE),
    ((SELECT id FROM routine WHERE slug = 'bolster-evening-unwind'), 7, 'Final rest',
     'Put the bolster back under your knees and rest with your hands on your belly. Let the belly, hips and pelvic floor relax with every breath.',
     'BREATHING', NULL, 'LYING_ON_BACK', 'BOLSTER', NULL, 'DURATION', 60, NULL, NULL, NULL, NULL, NULL, FALSE);
INSERT INTO step_muscle_group (step_id, muscle_group_id)
SELECT s.id, m.id FROM step s JOIN routine r ON r.id = s.routine_id, muscle_group m
WHERE r.slug = 'bolster-evening-unwind' AND ((s.step_order = 1 AND m.slug IN ('lower-back', 'abdomen', 'psoas'))
    OR (s.step_order = 2 AND m.slug IN ('abdomen'))
    OR (s.step_order = 3 AND m.slug IN ('hip-flexors', 'psoas'))
    OR (s.step_order = 4 AND m.slug IN ('psoas', 'hip-flexors'))
    OR (s.step_order = 5 AND m.slug IN ('psoas', 'lower-back', 'glutes'))
    OR (s.step_order = 6 AND m.slug IN ('adductors', 'pelvic-floor'))
    OR (s.step_order = 7 AND m.slug IN ('abdomen', 'pelvic-floor', 'lower-back')));
INSERT INTO routine_caution (routine_id, caution_id)
SELECT r.id, c.id FROM routine r, caution c WHERE r.slug = 'bolster-evening-unwind' AND c.code IN ('recent-surgery', 'hernia', 'pregnancy', 'digestive-inflammatory', 'abdominal-pulse', 'recent-injury', 'bone', 'stop-signs');

-- The muscle groups each routine mainly targets; its steps may touch more.
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'daily-pelvic-relaxation' AND m.slug IN ('abdomen', 'adductors', 'psoas', 'lower-back');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'psoas-release-hands' AND m.slug IN ('psoas', 'hip-flexors', 'abdomen');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'psoas-ball-sphinx' AND m.slug IN ('psoas', 'hip-flexors', 'abdomen');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'psoas-side-lying' AND m.slug IN ('psoas', 'hip-flexors', 'abdomen');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'adductor-massage-seated-lying' AND m.slug IN ('adductors', 'pelvic-floor');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'lower-back-tennis-ball' AND m.slug IN ('lower-back', 'glutes');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'lower-abdomen-circles' AND m.slug IN ('abdomen', 'pelvic-floor');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'foam-roller-release' AND m.slug IN ('psoas', 'hip-flexors', 'glutes', 'adductors');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'hip-and-back-stretches' AND m.slug IN ('lower-back', 'psoas', 'hip-flexors', 'adductors');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'gentle-core-activation' AND m.slug IN ('abdomen', 'pelvic-floor', 'lower-back');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'thomas-test-self-check' AND m.slug IN ('psoas', 'hip-flexors');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'desk-break' AND m.slug IN ('psoas', 'hip-flexors', 'lower-back', 'adductors');
INSERT INTO routine_muscle_group (routine_id, muscle_group_id)
SELECT r.id, m.id FROM routine r, muscle_group m WHERE r.slug = 'bolster-evening-unwind' AND m.slug IN ('lower-back', 'abdomen', 'psoas', 'pelvic-floor');
