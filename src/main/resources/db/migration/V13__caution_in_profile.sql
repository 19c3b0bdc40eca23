-- Whether the safety profile offers a caution to tick. Lasting conditions (a hernia, blood
-- thinners, a hip replacement) belong in a profile; what is true only today (a fever, a large
-- meal, new belly pain) or needs help at once (the back-pain red flags) is asked fresh before
-- every session and never pre-filled from a profile.
ALTER TABLE caution ADD COLUMN in_profile BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE caution SET in_profile = FALSE
WHERE code IN ('back-red-flags-emergency', 'back-red-flags-soon', 'fever', 'after-meal', 'new-belly-pain');
