-- The account lifecycle: lockout after repeated guesses, disable/enable by IT, and the client
-- address in the audit trail. Existing accounts become enabled, with no failed attempts and no lock.
-- Disabled is a flag, not a status, so that enabling again restores whatever status it had.

ALTER TABLE accounts ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;

-- Wrong passwords counted towards the next lock.
ALTER TABLE accounts ADD COLUMN failed_attempts INTEGER DEFAULT 0 NOT NULL;

-- When the current lock ends; NULL when the account was never locked or was unlocked since.
ALTER TABLE accounts ADD COLUMN locked_until TIMESTAMP(6) WITH TIME ZONE;

-- NULL for events recorded before this version and for an administrator's actions.
ALTER TABLE audit_events ADD COLUMN client_address VARCHAR(64);

-- "The newest events of a username": with the id, the index holds the whole order the query
-- reads (events of one instant newest-inserted first), and HSQLDB reads it backwards for DESC.
-- It covers every use of V4's (username, occurred_at) index, which would only cost writes.
CREATE INDEX audit_events_username_newest ON audit_events (username, occurred_at, id);

DROP INDEX audit_events_username_occurred_at;
