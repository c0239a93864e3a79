-- Agreements are versioned documents: every stored version keeps the YAML text the user wrote.
CREATE TABLE agreement_versions (
    agreement_id TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    title        TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    yaml         TEXT    NOT NULL,
    stored_at    TEXT    NOT NULL, -- ISO-8601 instant (UTC)
    stored_by    TEXT    NOT NULL,
    PRIMARY KEY (agreement_id, version)
);
