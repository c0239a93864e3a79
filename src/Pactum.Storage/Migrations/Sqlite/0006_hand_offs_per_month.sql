-- A lead counts in every month it was handed off in, from its first hand-off in that month (SPEC I5): a lead recycled
-- in September and handed off again in October counts in both. Reports find a month's hand-offs in `lead_handoffs`,
-- one row per hand-off, written by the lead projector with the lead's row:
--   previous_ticks       the lead's hand-off before this one (NULL for its first), so "first in a month that starts at S"
--                        is previous_ticks IS NULL OR previous_ticks < S, in any zone;
--   first_attempt_ticks  the first attempt at or after this hand-off (NULL while there is none);
--   owner                the lead's owner now.
-- The lead row keeps the same list in `hand_offs` (ticks[:first attempt ticks], comma-separated), so a writer knows
-- what a lead added to the daily aggregates before it changes.
CREATE TABLE lead_handoffs (
    lead_id             TEXT    NOT NULL,
    handed_off_ticks    INTEGER NOT NULL,
    previous_ticks      INTEGER,
    first_attempt_ticks INTEGER,
    owner               TEXT,
    PRIMARY KEY (lead_id, handed_off_ticks)
) WITHOUT ROWID;
-- A month of hand-offs with everything follow-up speed reads, from the index alone.
CREATE INDEX lead_handoffs_by_time ON lead_handoffs (handed_off_ticks, previous_ticks, first_attempt_ticks, owner);
ALTER TABLE leads ADD COLUMN hand_offs TEXT;

-- The daily aggregates now count each lead's first hand-off of every month, and the lead writer keeps them: it adds up
-- what each lead it saves adds and takes away per (zone, day, owner) and writes the sums once per transaction, which
-- costs far less than a trigger on every lead row. They are rebuilt from the lead rows once these are re-projected.
DROP TRIGGER leads_report_days_added;
DROP TRIGGER leads_report_days_leaving;
DROP TRIGGER leads_report_days_arrived;
DROP TRIGGER report_day_changes_add;
DROP VIEW report_day_changes;
DROP VIEW lead_report_days;
DELETE FROM report_days;

-- The wide index on the first hand-off served follow-up speed and the month filters; lead_handoffs does now, so no
-- query reads it and it would only cost every lead write.
DROP INDEX leads_by_handoff;

-- Every row is projected again (version 2: with its hand-offs).
DROP INDEX IF EXISTS leads_to_reproject; -- (absent from databases made by an early build of 0005)
CREATE INDEX leads_to_reproject ON leads (lead_id) WHERE projected_version < 2;
