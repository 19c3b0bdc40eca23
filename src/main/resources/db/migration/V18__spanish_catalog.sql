-- Spanish beside English (issue 16): one nullable *_es column next to each catalog text, so
-- every query that reads a text reads its Spanish in the same row and no page needs a
-- statement more. NULL means no Spanish (people's own routines may have none): the app then
-- shows the English. Same lengths as the English columns, as the editor's limits are the same.
-- Plain SQL for H2 and PostgreSQL; the texts are matched by slug, code and step number, never
-- by id, because ids differ between databases.

ALTER TABLE routine ADD COLUMN title_es VARCHAR(120);
ALTER TABLE routine ADD COLUMN summary_es VARCHAR(300);
ALTER TABLE routine ADD COLUMN benefits_es VARCHAR(1000);

ALTER TABLE step ADD COLUMN title_es VARCHAR(120);
ALTER TABLE step ADD COLUMN instructions_es VARCHAR(2000);
ALTER TABLE step ADD COLUMN breathing_cue_es VARCHAR(300);
ALTER TABLE step ADD COLUMN safety_cue_es VARCHAR(300);

ALTER TABLE caution ADD COLUMN title_es VARCHAR(120);
ALTER TABLE caution ADD COLUMN explanation_es VARCHAR(1000);
ALTER TABLE caution ADD COLUMN advice_es VARCHAR(1000);
ALTER TABLE caution ADD COLUMN question_es VARCHAR(300);
ALTER TABLE caution ADD COLUMN question_items_es VARCHAR(1500);

ALTER TABLE muscle_group ADD COLUMN name_es VARCHAR(80);
ALTER TABLE muscle_group ADD COLUMN body_region_es VARCHAR(80);
ALTER TABLE muscle_group ADD COLUMN location_es VARCHAR(1000);
ALTER TABLE muscle_group ADD COLUMN function_text_es VARCHAR(1000);
ALTER TABLE muscle_group ADD COLUMN tension_signs_es VARCHAR(1000);
