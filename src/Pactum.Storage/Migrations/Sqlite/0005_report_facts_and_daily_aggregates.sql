-- Reports (SPEC R1–R7) read two projections, both kept in the same transaction as every append:
--
-- 1. The facts of each lead that reports count, as columns of its `leads` row (written by the lead projector). Rows
--    written before this migration have projected_version 0; the storage re-projects them from their events when the
--    database is opened (LeadReprojection), so no report ever reads a half-filled row.
ALTER TABLE leads ADD COLUMN mql_ticks INTEGER;
ALTER TABLE leads ADD COLUMN sql_ticks INTEGER;
ALTER TABLE leads ADD COLUMN asset TEXT;
ALTER TABLE leads ADD COLUMN first_attempt_ticks INTEGER;  -- the first attempt at or after the first hand-off
ALTER TABLE leads ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leads ADD COLUMN connected_ticks INTEGER;
ALTER TABLE leads ADD COLUMN decision TEXT;                -- accepted | rejected (the latest), or NULL
ALTER TABLE leads ADD COLUMN decision_ticks INTEGER;
ALTER TABLE leads ADD COLUMN decision_reason TEXT;
ALTER TABLE leads ADD COLUMN recycle_ticks INTEGER;
ALTER TABLE leads ADD COLUMN recycle_reason TEXT;
ALTER TABLE leads ADD COLUMN nurture_track TEXT;
ALTER TABLE leads ADD COLUMN deal TEXT;                    -- won | lost (the first), or NULL
ALTER TABLE leads ADD COLUMN deal_ticks INTEGER;
ALTER TABLE leads ADD COLUMN deal_amount TEXT;             -- exact decimal text
ALTER TABLE leads ADD COLUMN projected_version INTEGER NOT NULL DEFAULT 0;
-- The rows still to re-project (empty once done, so opening a database finds nothing to do in one index probe).
CREATE INDEX leads_to_reproject ON leads (lead_id) WHERE projected_version < 1;

-- A month of hand-offs with their first attempts and owners, read from the index alone (speed, its quantiles and the
-- leads behind them); it replaces the narrower index on the first hand-off.
DROP INDEX leads_by_handoff;
CREATE INDEX leads_by_handoff ON leads (first_handoff_ticks, first_attempt_ticks, owner, lead_id);
CREATE INDEX leads_by_created ON leads (created_ticks);
CREATE INDEX leads_by_deal ON leads (deal_ticks) WHERE deal IS NOT NULL;

-- 2. Daily aggregates of hand-offs, per local day in each reporting zone and per owner: how many leads were first
--    handed off that day, how many of them have a first attempt and the sum of their wall-clock times to it (ticks),
--    how many are not connected, their attempts, and how many of those were worked (one attempt or more). The
--    waterfall, the speed average and the depth report read a month as about thirty rows per owner instead of every
--    lead. The triggers below keep them: a change of a lead's row takes its old contribution away before the change and
--    adds the new one after it, so every writer of `leads` (imports, the API, a replay) keeps them right.
--    pactum_local_day(ticks, zone) is a function every connection of the storage registers: the local date of an
--    instant in an IANA zone (yyyy-MM-dd).
CREATE TABLE report_zones (
    zone TEXT NOT NULL PRIMARY KEY
);
INSERT INTO report_zones (zone) VALUES ('UTC');

CREATE TABLE report_days (
    zone                 TEXT    NOT NULL,
    day                  TEXT    NOT NULL,
    owner                TEXT    NOT NULL, -- '' for leads without an owner
    handed_off           INTEGER NOT NULL,
    touched              INTEGER NOT NULL,
    speed_ticks          INTEGER NOT NULL,
    unconnected          INTEGER NOT NULL,
    unconnected_attempts INTEGER NOT NULL,
    unconnected_worked   INTEGER NOT NULL,
    PRIMARY KEY (zone, day, owner)
) WITHOUT ROWID;

-- What one lead adds to the daily aggregates: a row per reporting zone once it has been handed off.
CREATE VIEW lead_report_days AS
SELECT l.lead_id, z.zone, pactum_local_day(l.first_handoff_ticks, z.zone) AS day, COALESCE(l.owner, '') AS owner,
       1 AS handed_off,
       l.first_attempt_ticks IS NOT NULL AS touched,
       COALESCE(l.first_attempt_ticks - l.first_handoff_ticks, 0) AS speed_ticks,
       l.connected_ticks IS NULL AS unconnected,
       IIF(l.connected_ticks IS NULL, l.attempts, 0) AS unconnected_attempts,
       l.connected_ticks IS NULL AND l.attempts > 0 AS unconnected_worked
FROM leads l CROSS JOIN report_zones z
WHERE l.first_handoff_ticks IS NOT NULL;

-- Adds a (signed) contribution to the daily aggregates.
CREATE VIEW report_day_changes AS SELECT * FROM report_days;
CREATE TRIGGER report_day_changes_add INSTEAD OF INSERT ON report_day_changes
BEGIN
    INSERT INTO report_days (zone, day, owner, handed_off, touched, speed_ticks, unconnected, unconnected_attempts, unconnected_worked)
    VALUES (NEW.zone, NEW.day, NEW.owner, NEW.handed_off, NEW.touched, NEW.speed_ticks, NEW.unconnected, NEW.unconnected_attempts, NEW.unconnected_worked)
    ON CONFLICT (zone, day, owner) DO UPDATE SET
        handed_off = handed_off + excluded.handed_off, touched = touched + excluded.touched,
        speed_ticks = speed_ticks + excluded.speed_ticks, unconnected = unconnected + excluded.unconnected,
        unconnected_attempts = unconnected_attempts + excluded.unconnected_attempts,
        unconnected_worked = unconnected_worked + excluded.unconnected_worked;
END;

CREATE TRIGGER leads_report_days_added AFTER INSERT ON leads
WHEN NEW.first_handoff_ticks IS NOT NULL
BEGIN
    INSERT INTO report_day_changes SELECT zone, day, owner, handed_off, touched, speed_ticks, unconnected, unconnected_attempts, unconnected_worked
    FROM lead_report_days WHERE lead_id = NEW.lead_id;
END;

CREATE TRIGGER leads_report_days_leaving BEFORE UPDATE ON leads
WHEN OLD.first_handoff_ticks IS NOT NULL AND (OLD.first_handoff_ticks IS NOT NEW.first_handoff_ticks OR OLD.owner IS NOT NEW.owner
  OR OLD.first_attempt_ticks IS NOT NEW.first_attempt_ticks OR OLD.connected_ticks IS NOT NEW.connected_ticks OR OLD.attempts IS NOT NEW.attempts)
BEGIN
    INSERT INTO report_day_changes SELECT zone, day, owner, -handed_off, -touched, -speed_ticks, -unconnected, -unconnected_attempts, -unconnected_worked
    FROM lead_report_days WHERE lead_id = OLD.lead_id;
END;

CREATE TRIGGER leads_report_days_arrived AFTER UPDATE ON leads
WHEN NEW.first_handoff_ticks IS NOT NULL AND (OLD.first_handoff_ticks IS NOT NEW.first_handoff_ticks OR OLD.owner IS NOT NEW.owner
  OR OLD.first_attempt_ticks IS NOT NEW.first_attempt_ticks OR OLD.connected_ticks IS NOT NEW.connected_ticks OR OLD.attempts IS NOT NEW.attempts)
BEGIN
    INSERT INTO report_day_changes SELECT zone, day, owner, handed_off, touched, speed_ticks, unconnected, unconnected_attempts, unconnected_worked
    FROM lead_report_days WHERE lead_id = NEW.lead_id;
END;

-- The closed-loop report: leads recycled in a month, and the decision clocks started in it.
CREATE INDEX leads_by_recycle ON leads (recycle_ticks) WHERE recycle_ticks IS NOT NULL;
CREATE INDEX clock_runs_by_start ON clock_runs (agreement_id, clock_id, started_ticks);
