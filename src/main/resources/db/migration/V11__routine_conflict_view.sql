-- One statement of when a routine conflicts with a person's safety profile, read by both the
-- catalog's "hide what does not suit me" filter and the labels on routine cards and pages.
--   CAUTION rows: a caution the person ticked that the routine carries, with the routine's tier
--   for it; it blocks when the tier is "do not start", or "ask a professional first" without a
--   clearance the person confirmed for that routine. "Adapt as you go" never blocks.
--   AREA rows: a muscle group the person avoids that the routine or one of its steps works.
CREATE VIEW routine_conflict AS
SELECT pc.account_id AS account_id,
       rc.routine_id AS routine_id,
       CAST('CAUTION' AS VARCHAR(10)) AS kind,
       rc.caution_id AS item_id,
       COALESCE(t.action, c.action) AS action,
       CASE WHEN sc.account_id IS NULL THEN FALSE ELSE TRUE END AS cleared,
       CASE WHEN COALESCE(t.action, c.action) = 'DO_NOT_START' THEN TRUE
            WHEN COALESCE(t.action, c.action) = 'ASK_PROFESSIONAL' AND sc.account_id IS NULL THEN TRUE
            ELSE FALSE END AS blocks
FROM safety_profile_caution pc
JOIN routine_caution rc ON rc.caution_id = pc.caution_id
JOIN caution c ON c.id = rc.caution_id
LEFT JOIN routine_caution_tier t ON t.routine_id = rc.routine_id AND t.caution_id = rc.caution_id
LEFT JOIN safety_clearance sc
       ON sc.account_id = pc.account_id AND sc.routine_id = rc.routine_id AND sc.caution_id = rc.caution_id
UNION ALL
SELECT pm.account_id,
       worked.routine_id,
       CAST('AREA' AS VARCHAR(10)),
       worked.muscle_group_id,
       CAST(NULL AS VARCHAR(20)),
       FALSE,
       TRUE
FROM (SELECT routine_id, muscle_group_id FROM routine_muscle_group
      UNION
      SELECT s.routine_id, sm.muscle_group_id FROM step s JOIN step_muscle_group sm ON sm.step_id = s.id) worked
JOIN safety_profile_muscle_group pm ON pm.muscle_group_id = worked.muscle_group_id;
