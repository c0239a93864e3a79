-- Lead scoring, hand-off automation and assignment (SPEC L4, L5, L6, G5).

-- L4: what a lead did (an engagement's activity) and what is known of it (its fit properties) travel on events.
ALTER TABLE lead_events ADD COLUMN activity TEXT;
ALTER TABLE lead_events ADD COLUMN role TEXT;
ALTER TABLE lead_events ADD COLUMN seniority TEXT;
ALTER TABLE lead_events ADD COLUMN buying_role TEXT;
ALTER TABLE lead_events ADD COLUMN employees INTEGER;
ALTER TABLE lead_events ADD COLUMN region TEXT;
