-- A lead's events are found through its projection row: event_rowids lists the rowids of its events in lead_events
-- (decimal numbers separated by commas, in the order they were taken), written in the same transaction as the events.
-- It replaces the index on lead_events (lead_id, occurred_ticks): an import then writes one index entry per event (the
-- unique event_id) instead of two, and a lead's events are still a few point reads by rowid away. Like the rest of the
-- leads table, the list is a projection: it can be rebuilt from lead_events at any time, as this script does.
ALTER TABLE leads ADD COLUMN event_rowids TEXT NOT NULL DEFAULT '';
UPDATE leads SET event_rowids = COALESCE((SELECT group_concat(e.rowid, ',') FROM lead_events e WHERE e.lead_id = leads.lead_id), '');
DROP INDEX lead_events_by_lead;
