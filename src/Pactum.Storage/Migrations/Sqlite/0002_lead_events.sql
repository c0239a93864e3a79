-- The event log: every fact about a lead, append-only; the event id makes a second delivery a no-op.
-- Instants are stored as Unix ticks (100 ns) so they sort and compare as numbers; amounts as exact decimal text.
-- A rowid table (rows appended in arrival order) with the unique event id beside it, and a narrow index to find a lead's
-- events (a few dozen, sorted by occurred_ticks then event_id when read): an import writes two small index entries
-- per event besides the row, rather than placing whole rows in event-id order.
CREATE TABLE lead_events (
    event_id       TEXT    NOT NULL UNIQUE,
    lead_id        TEXT    NOT NULL,
    type           TEXT    NOT NULL,
    occurred_ticks INTEGER NOT NULL,
    received_ticks INTEGER NOT NULL,
    source         TEXT,
    owner          TEXT,
    persona        TEXT,
    amount         TEXT,
    channel        TEXT,
    outcome        TEXT,
    reason         TEXT,
    asset          TEXT,
    score          TEXT,
    track          TEXT
);
CREATE INDEX lead_events_by_lead ON lead_events (lead_id, occurred_ticks);

-- The lead projection: the columns lists filter on, and the ordering key of the last event applied (an import continues
-- a lead from there; a late event replays it). Updated in the same transaction as each append; rebuilt from
-- lead_events at any time. A lead's page replays its events (a few dozen) for the whole story.
CREATE TABLE leads (
    lead_id             TEXT    NOT NULL PRIMARY KEY,
    stage               TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    owner               TEXT,
    source              TEXT,
    persona             TEXT,
    created_ticks       INTEGER,
    first_handoff_ticks INTEGER,
    anomalies           INTEGER NOT NULL,
    event_count         INTEGER NOT NULL,
    last_ticks          INTEGER NOT NULL,
    last_event_id       TEXT    NOT NULL
);
CREATE INDEX leads_by_handoff ON leads (first_handoff_ticks);
CREATE INDEX leads_by_status ON leads (status, owner);

-- Visits per source per day (SPEC L3), as counted by the web analytics.
CREATE TABLE source_visits (
    day    TEXT    NOT NULL, -- local date yyyy-MM-dd
    source TEXT    NOT NULL,
    visits INTEGER NOT NULL,
    PRIMARY KEY (day, source)
);

-- Inbound webhook deliveries by their webhook-id: a redelivery of the same message is taken once.
CREATE TABLE webhook_deliveries (
    delivery_id    TEXT    NOT NULL PRIMARY KEY,
    received_ticks INTEGER NOT NULL
);
