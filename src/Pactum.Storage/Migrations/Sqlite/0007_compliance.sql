-- Compliance and governance (SPEC P1–P4, A5, G6, R8).

-- A5: a version takes effect once every party has signed it off, on the date it names (or the day of the last
-- sign-off). effective_ticks is the instant it took or takes effect; NULL while it waits for sign-off. Versions stored
-- before this migration were in effect from the moment they were stored.
ALTER TABLE agreement_versions ADD COLUMN takes_effect TEXT;        -- the local date asked for, yyyy-MM-dd, or NULL
ALTER TABLE agreement_versions ADD COLUMN effective_ticks INTEGER;
ALTER TABLE agreement_versions ADD COLUMN needs_sign_off INTEGER NOT NULL DEFAULT 0;
UPDATE agreement_versions SET effective_ticks = 0;

CREATE TABLE agreement_signoffs (
    agreement_id TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    party        TEXT    NOT NULL,
    contact      TEXT    NOT NULL,
    signed_ticks INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, version, party)
);

-- P1: the verdict of each goal for each period, with the agreement version and calendar zone it was judged under.
-- Rows of a running period are replaced at every evaluation; a finished period's row changes only by a replay.
CREATE TABLE verdicts (
    agreement_id      TEXT    NOT NULL,
    goal_id           TEXT    NOT NULL,
    period_from       TEXT    NOT NULL, -- yyyy-MM-dd, local
    period_to         TEXT    NOT NULL,
    agreement_version INTEGER NOT NULL,
    calendar_zone     TEXT    NOT NULL,
    owner             TEXT    NOT NULL,
    direction         TEXT    NOT NULL,
    state             TEXT    NOT NULL, -- on-track | at-risk | met | missed | excluded
    target            TEXT    NOT NULL, -- exact decimal text
    actual            TEXT,
    forecast          TEXT,
    days_so_far       INTEGER NOT NULL,
    days_in_all       INTEGER NOT NULL,
    excluded_days     TEXT    NOT NULL, -- comma-separated yyyy-MM-dd
    exclusions        TEXT    NOT NULL, -- JSON: [{ from, to, reason }]
    evaluated_ticks   INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, goal_id, period_from)
);

-- P2: a strike per missed verdict and party, with the party's contacts at the time.
CREATE TABLE strikes (
    agreement_id      TEXT    NOT NULL,
    goal_id           TEXT    NOT NULL,
    period_from       TEXT    NOT NULL,
    period_to         TEXT    NOT NULL,
    party             TEXT    NOT NULL,
    contacts          TEXT    NOT NULL, -- comma-separated names
    agreement_version INTEGER NOT NULL,
    recorded_ticks    INTEGER NOT NULL,
    PRIMARY KEY (agreement_id, goal_id, period_from, party)
);

-- P2: remediation notes: who diagnoses, what is done, by when.
CREATE TABLE remediations (
    id             INTEGER PRIMARY KEY,
    agreement_id   TEXT    NOT NULL,
    goal_id        TEXT    NOT NULL,
    period_from    TEXT    NOT NULL,
    diagnosed_by   TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    due            TEXT    NOT NULL, -- yyyy-MM-dd
    recorded_by    TEXT    NOT NULL,
    recorded_ticks INTEGER NOT NULL
);
CREATE INDEX remediations_by_agreement ON remediations (agreement_id, period_from);

-- P3: the agreement flagged for renegotiation: one row per evaluation in which conditions start to hold, with their
-- evidence (conditions joined by "; ", one finding per line).
CREATE TABLE agreement_flags (
    id                INTEGER PRIMARY KEY,
    agreement_id      TEXT    NOT NULL,
    condition         TEXT    NOT NULL,
    evidence          TEXT    NOT NULL,
    agreement_version INTEGER NOT NULL,
    raised_ticks      INTEGER NOT NULL
);
CREATE INDEX agreement_flags_by_agreement ON agreement_flags (agreement_id);

-- P1: each replay and the verdicts it changed, in words.
CREATE TABLE verdict_replays (
    id                INTEGER PRIMARY KEY,
    agreement_id      TEXT    NOT NULL,
    agreement_version INTEGER NOT NULL,
    replayed_ticks    INTEGER NOT NULL,
    replayed_by       TEXT    NOT NULL,
    changes           TEXT    NOT NULL  -- one change per line
);

-- G6, R8: facts about an agreement's service rather than a lead: outages, deliveries, friction notes.
CREATE TABLE service_events (
    event_id       TEXT    NOT NULL PRIMARY KEY,
    agreement_id   TEXT    NOT NULL,
    type           TEXT    NOT NULL, -- outage | delivery | friction_note
    at_ticks       INTEGER NOT NULL, -- outage start, delivery time, note time
    ends_ticks     INTEGER,          -- outage end
    quantity       TEXT,             -- delivery quantity, exact decimal text
    excluded       INTEGER NOT NULL DEFAULT 0,
    cause          TEXT,             -- outage cause
    customer       TEXT,             -- friction note
    pain_point     TEXT,
    category       TEXT,
    contact        TEXT,             -- delivery: who confirmed; note: who recorded
    recorded_ticks INTEGER NOT NULL
);
CREATE INDEX service_events_by_time ON service_events (agreement_id, type, at_ticks);

-- R8: every status report generated, kept as an archive.
CREATE TABLE status_reports (
    id              INTEGER PRIMARY KEY,
    agreement_id    TEXT    NOT NULL,
    requirement_id  TEXT    NOT NULL,
    period_from     TEXT    NOT NULL,
    period_to       TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    body            TEXT    NOT NULL, -- plain text
    generated_ticks INTEGER NOT NULL,
    UNIQUE (agreement_id, requirement_id, period_from)
);
