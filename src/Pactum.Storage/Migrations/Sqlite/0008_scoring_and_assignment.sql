-- Lead scoring, hand-off automation and assignment (SPEC L4, L5, L6, G5).

-- L4: what a lead did (an engagement's activity) and what is known of it (its fit properties) travel on events.
ALTER TABLE lead_events ADD COLUMN activity TEXT;
ALTER TABLE lead_events ADD COLUMN role TEXT;
ALTER TABLE lead_events ADD COLUMN seniority TEXT;
ALTER TABLE lead_events ADD COLUMN buying_role TEXT;
ALTER TABLE lead_events ADD COLUMN employees INTEGER;
ALTER TABLE lead_events ADD COLUMN region TEXT;

-- L5: the sales team hand-offs are assigned to. rep_id is the name lead events carry as owner. A removed rep stays as
-- a row (active = 0): their leads keep their owner. away_until is a local date (yyyy-MM-dd): away until it begins.
-- turn_* hold the rep's place in the turn (RepTurn: start and finish in virtual time as exact decimal text, the number
-- of the pick that gave their latest lead, and its local date).
CREATE TABLE sales_reps (
    rep_id      TEXT    NOT NULL PRIMARY KEY,
    position    INTEGER NOT NULL,
    weight      TEXT    NOT NULL DEFAULT '1',
    capacity    INTEGER,
    away_until  TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    turn_start  TEXT    NOT NULL DEFAULT '0',
    turn_finish TEXT    NOT NULL DEFAULT '0',
    turn_sequence INTEGER NOT NULL DEFAULT 0,
    turn_picked_on TEXT,
    added_ticks INTEGER NOT NULL
);

-- What the hand-off automation has done so far: the last lead_events rowid it routed, and the agreement version it
-- routed every lead in marketing under (a new version re-routes them all).
CREATE TABLE routing_state (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
