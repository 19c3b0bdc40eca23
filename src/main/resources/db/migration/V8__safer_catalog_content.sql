-- Safer catalog content, part 1: the cautions (issue 9). Plain SQL for H2 and PostgreSQL;
-- rows are found by code, never by id. Step and routine changes follow in V10.
--
-- Every caution's advice is read in each tier a routine may give it (do not start, ask a
-- professional first, adapt as you go), so it says what to do instead and stays true in all.
-- Questions are written so that an honest, typical user can answer them: they name a time
-- span and leave ordinary, familiar aches out.

-- Existing cautions, rephrased.
UPDATE caution SET
    title = 'Recent surgery on the belly, pelvis, groin or hip',
    explanation = 'Scars and healing tissue are easily strained by pressure, stretching or bracing. Deep layers heal more slowly than the skin suggests.',
    advice = 'Wait until your surgeon or physiotherapist says this kind of work is safe, usually at least 3 months after the operation. Until then, choose routines that leave the operated area alone.',
    question = 'Have you had an operation on your belly, pelvis, groin or hip in the last 3 months, or one your surgeon has not yet cleared you after?',
    sort_order = 6
WHERE code = 'recent-surgery';

UPDATE caution SET
    title = 'Hernia',
    explanation = 'Pressing into the belly or groin, and straining during core exercises, raises the pressure inside the belly. That pressure can push on a weak spot in the belly wall.',
    advice = 'Ask a doctor or physiotherapist whether this routine suits you. If they agree, keep pressure on the belly and groin light. Never strain or hold your breath.',
    question = 'Do you have a hernia, or a bulge in your belly or groin that has not been checked?',
    sort_order = 8
WHERE code = 'hernia';

UPDATE caution SET
    title = 'Pregnancy',
    explanation = 'Deep pressure on the belly is not suitable in pregnancy. Lying flat on your back or face down for long also becomes uncomfortable, and may make you feel faint, as the baby grows.',
    advice = 'Leave out belly and psoas pressure until after the birth. For other routines, ask your midwife or doctor first. If they agree, keep time flat on your back short: prop yourself up or lie on your side.',
    question = 'Are you pregnant, or could you be?',
    sort_order = 9
WHERE code = 'pregnancy';

UPDATE caution SET
    title = 'Inflamed bowel or belly',
    explanation = 'Pressing on an inflamed bowel, or on swollen and warm tissue, can add to pain and irritation.',
    advice = 'Wait until the flare-up has settled. If you live with a bowel condition such as Crohn''s disease or ulcerative colitis, ask your doctor whether belly work suits you between flare-ups.',
    question = 'Is a bowel condition flaring up right now, or is your belly swollen, hot or inflamed?',
    sort_order = 11
WHERE code = 'digestive-inflammatory';

UPDATE caution SET
    title = 'A recent injury to the back, hip, groin or pelvis',
    explanation = 'A fresh fall, strain or sprain needs time to heal, and pressure or stretching can set it back. An injury can also hide damage that needs checking first.',
    advice = 'Have the injury checked by a doctor or physiotherapist and ask which movements are safe. Until then, work only on areas well away from it. Once cleared, stay gentle near the injured spot.',
    question = 'In the last 6 weeks, have you hurt your back, hip, groin or pelvis in a fall, strain or sprain that nobody has checked? Your usual, familiar aches and stiffness do not count.',
    sort_order = 7
WHERE code = 'recent-injury';

UPDATE caution SET
    title = 'A pulse under your fingers',
    explanation = 'A beat under your fingers in the belly or groin means you are on a large blood vessel: the main artery of the belly, one of its branches or the artery at the top of the thigh. These vessels must not be pressed.',
    advice = 'Ease off at once. Move your fingers 3 to 5 cm (1 to 2 in) further out to the side and sink in again more gently. If you cannot find a spot without a pulse, skip that step.',
    sort_order = 20
WHERE code = 'abdominal-pulse';

UPDATE caution SET
    explanation = 'Bony points such as the spine, the rim of the pelvis and the hip bones do not soften under pressure. Pressing or rolling on them can bruise the tissue and irritate the joints.',
    advice = 'Keep your hands, the ball or the roller on soft muscle. Work beside the spine, never on it. Go around the hip bones rather than over them.',
    sort_order = 21
WHERE code = 'bone';

UPDATE caution SET
    explanation = 'Sharp or shooting pain, dizziness, nausea, numbness or tingling suggest that a nerve, a blood vessel or an injured area is being irritated. Normal massage discomfort is dull and eases as you breathe.',
    advice = 'Stop at once, come out of the position slowly and rest. If the feeling does not fade within a few minutes, or keeps coming back, see a health professional before you try again.',
    sort_order = 22
WHERE code = 'stop-signs';

-- New cautions. Red flags and conditions that block come first, cautions that adapt last.
INSERT INTO caution (code, title, explanation, advice, action, question, question_items, urgent, sort_order) VALUES
    ('back-red-flags-emergency', 'Back pain with emergency signs',
     'These signs can mean pressure on the nerves at the base of the spine, a heart problem or a serious injury. They need urgent medical care, not massage.',
     'Call the emergency number or go to hospital now. Do not wait to see whether it passes.',
     'DO_NOT_START', 'Do you have any of these signs right now?',
     'Numbness around your genitals or buttocks|New difficulty passing urine, or loss of bladder or bowel control|Numbness, weakness or pins and needles in both legs|Chest pain|Pain after a serious fall or accident',
     TRUE, 1),
    ('back-red-flags-soon', 'Back pain with warning signs',
     'Alongside back or belly pain, these can point to an infection, inflammation or another condition that a doctor should rule out first.',
     'See a doctor within the next few days and tell them which sign you have. Leave this routine until they have checked you.',
     'DO_NOT_START', 'Does any of these apply to you?',
     'A fever, or feeling hot and shivery|Weight loss you cannot explain|A lump or swelling|Pain that is worse at night or never eases with rest|Cancer now or in the past',
     FALSE, 2),
    ('fever', 'Fever or infection',
     'A fever means your body is already fighting an infection. Massage and exercise add strain, and pressure can hide or worsen a problem.',
     'Rest and wait until you have felt well again for a day or two. If a fever comes with back or belly pain, see a doctor.',
     'DO_NOT_START', 'Do you have a fever, feel hot and shivery, or feel unwell with an infection today?', NULL, FALSE, 3),
    ('blood-clots', 'Blood clots',
     'Kneading or rolling the inner thigh works along the large vein that runs up to the groin. Pressure on a clot could loosen it and send it to the lungs.',
     'Leave out leg massage and rolling. A swollen, warm, red or painful calf or thigh needs a doctor the same day. Sudden breathlessness or chest pain needs the emergency number now.',
     'DO_NOT_START', 'Have you ever had a blood clot in a leg or lung, or could you have one now, with a calf or thigh that is swollen, warm, red or painful?', NULL, FALSE, 4),
    ('aortic-aneurysm', 'Aortic aneurysm',
     'An aneurysm is a weak, widened part of the main artery, which runs down the middle of the belly. Pressing deep into the belly near it could harm it.',
     'Leave out all pressure on the belly, and ask your specialist which exercise suits you. Sudden, severe belly or back pain needs the emergency number now.',
     'DO_NOT_START', 'Have you been told you have an aortic aneurysm (a widened main artery in the belly)?', NULL, FALSE, 5),
    ('after-childbirth', 'After giving birth',
     'The belly wall, the pelvic floor and any scar need time to recover after birth. This often takes 6 weeks, and longer after a caesarean.',
     'Ask your midwife, doctor or a pelvic health physiotherapist before belly pressure or core work. Harder core work often waits 6 weeks, or 12 weeks after a caesarean. Stop if you feel heaviness or leak.',
     'ASK_PROFESSIONAL', 'Have you given birth in the last 12 weeks?', NULL, FALSE, 10),
    ('new-belly-pain', 'New belly pain',
     'New or changing belly pain can come from the organs, not the muscles. Pressing on it may hide or worsen a problem that needs a diagnosis.',
     'Have the pain checked by a doctor before you press on your belly. Sudden or severe pain, or pain with vomiting or fever, needs care the same day.',
     'ASK_PROFESSIONAL', 'Do you have belly pain that is new or changing and that nobody has checked?', NULL, FALSE, 12),
    ('after-meal', 'Straight after a large meal',
     'Pressing on a full stomach and bowel is uncomfortable and may bring on nausea or reflux.',
     'Wait 1 to 2 hours after a large meal before you press on your belly. A light snack does not count.',
     'DO_NOT_START', 'Have you eaten a large meal in the last 1 to 2 hours?', NULL, FALSE, 13),
    ('blood-thinners', 'Blood-thinning medicine',
     'Blood-thinning medicine makes bruising and bleeding under the skin more likely, especially with deep or sustained pressure.',
     'Use light pressure only, and ask your doctor or pharmacist before any deeper work. Stop and tell your doctor if you bruise after a session.',
     'ASK_PROFESSIONAL', 'Do you take medicine that thins the blood, such as warfarin, apixaban or rivaroxaban, or do you bruise or bleed easily?', NULL, FALSE, 14),
    ('fragile-bones', 'Osteoporosis or fragile bones',
     'Fragile bones can crack under firm pressure, rolling or a twist under load. Getting down to the floor, or rolling off a bed edge, also risks a fall.',
     'Ask your doctor or physiotherapist which routines suit you. Keep pressure light or moderate and off the bones. Do not roll over bone or twist under load. Move on and off the floor or bed slowly.',
     'ASK_PROFESSIONAL', 'Do you have osteoporosis, or have you been told that your bones are fragile?', NULL, FALSE, 15),
    ('hip-replacement', 'Hip replacement',
     'After a hip replacement, deep hip bending, turning the knee inward and crossing the leg over the midline can strain the new joint.',
     'Ask your surgeon or physiotherapist which hip movements are allowed. Until you know, do not bend the hip deeply, cross your legs or turn the knee inward. Skip a step that asks for these.',
     'ASK_PROFESSIONAL', 'Have you had a hip replacement?', NULL, FALSE, 16),
    ('pelvic-pain', 'Pelvic pain',
     'Ongoing pelvic pain often comes with a pelvic floor that is already clenched. Squeezing it harder can make the pain worse, and other causes need ruling out.',
     'See a pelvic health physiotherapist for an assessment. Until then, practise letting the pelvic floor relax rather than squeezing it.',
     'ASK_PROFESSIONAL', 'Do you have ongoing pain in your pelvis or pelvic floor, or pain during sex or when passing urine?', NULL, FALSE, 17),
    ('balance', 'Balance and falls',
     'Standing stretches, kneeling and getting up from the floor or a bed edge can tip you off balance.',
     'Hold on to a chair or a wall, and have someone nearby if you can. Move from lying to sitting, and from sitting to standing, slowly.',
     'ADAPT', 'Do you have trouble with your balance, or have you had a fall in the last year?', NULL, FALSE, 18),
    ('varicose-veins', 'Varicose veins',
     'Varicose veins are stretched, weakened veins near the skin. Pressing or rolling on them can hurt them and cause bruising.',
     'Use light strokes beside the veins, never on them. Skip any spot where the veins are large or tender.',
     'ADAPT', 'Do you have large varicose veins on your inner thigh?', NULL, FALSE, 19);
