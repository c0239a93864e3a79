-- SLA clock runs (SPEC C3): a projection of (agreement version, calendar, the lead's events), stored so that the
-- sweeper can find what falls due next and pages can list clocks without replaying every lead. Instants are Unix ticks.
-- A run is closed when met, met late or cancelled; an open run with a due instant is in the sweeper's queue.
CREATE TABLE clock_runs (
    id                INTEGER PRIMARY KEY,
    agreement_id      TEXT    NOT NULL,
    clock_id          TEXT    NOT NULL,
    lead_id           TEXT    NOT NULL,
    run               INTEGER NOT NULL,
    agreement_version INTEGER NOT NULL,
    calendar_zone     TEXT    NOT NULL,
    party             TEXT    NOT NULL,
    started_ticks     INTEGER NOT NULL,
    start_event_id    TEXT    NOT NULL,
    due_ticks         INTEGER,
    warn_ticks        INTEGER,
    stopped_ticks     INTEGER,
    elapsed_ticks     INTEGER NOT NULL,
    paused_ticks      INTEGER NOT NULL,
    state             TEXT    NOT NULL,
    closed            INTEGER NOT NULL,
    UNIQUE (lead_id, agreement_id, clock_id, run)
);
CREATE INDEX clock_runs_open ON clock_runs (agreement_id, due_ticks) WHERE closed = 0;

-- Every change of a run's state, append-only: the instant it happened (at), when Pactum recorded it, and why
-- (events, sweeper, agreement, replay). A late event or a replay appends; nothing here is updated or deleted.
CREATE TABLE clock_changes (
    id                INTEGER PRIMARY KEY,
    run_id            INTEGER NOT NULL REFERENCES clock_runs (id),
    at_ticks          INTEGER NOT NULL,
    state             TEXT    NOT NULL,
    event_id          TEXT,
    cause             TEXT,
    recorded_ticks    INTEGER NOT NULL,
    recorded_by       TEXT    NOT NULL,
    agreement_version INTEGER NOT NULL
);
CREATE INDEX clock_changes_by_run ON clock_changes (run_id);

-- The outbox: a notice (a warning or a breach) written in the same transaction as the change it tells of. The
-- dispatcher fans each notice out into deliveries, one per webhook endpoint and e-mail recipient, and sends them.
CREATE TABLE notices (
    id            INTEGER PRIMARY KEY,
    created_ticks INTEGER NOT NULL,
    type          TEXT    NOT NULL,
    party         TEXT    NOT NULL,
    emails        TEXT    NOT NULL, -- the party's points of contact, comma-separated
    payload       TEXT    NOT NULL, -- the webhook body: JSON with a text field
    subject       TEXT    NOT NULL,
    fanned_out    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notices_to_fan_out ON notices (id) WHERE fanned_out = 0;

CREATE TABLE notice_deliveries (
    id            INTEGER PRIMARY KEY,
    notice_id     INTEGER NOT NULL REFERENCES notices (id),
    channel       TEXT    NOT NULL, -- webhook | email
    target        TEXT    NOT NULL, -- the endpoint's name, or the e-mail address
    state         TEXT    NOT NULL, -- pending | delivered | dead
    attempts      INTEGER NOT NULL DEFAULT 0,
    first_ticks   INTEGER,
    next_ticks    INTEGER NOT NULL,
    done_ticks    INTEGER,
    last_status   INTEGER,
    last_error    TEXT
);
CREATE INDEX notice_deliveries_due ON notice_deliveries (next_ticks) WHERE state = 'pending';
CREATE INDEX notice_deliveries_by_state ON notice_deliveries (state, id);

CREATE TABLE notice_attempts (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES notice_deliveries (id),
    at_ticks    INTEGER NOT NULL,
    status      INTEGER,
    error       TEXT
);
CREATE INDEX notice_attempts_by_delivery ON notice_attempts (delivery_id);
