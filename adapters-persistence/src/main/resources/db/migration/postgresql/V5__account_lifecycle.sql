-- The account lifecycle: lockout after repeated guesses, disable/enable by IT, and the client
-- address in the audit trail (PostgreSQL twin of hsqldb/V5). Existing accounts become enabled,
-- with no failed attempts and no lock.

ALTER TABLE accounts ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;

-- Wrong passwords counted towards the next lock.
ALTER TABLE accounts ADD COLUMN failed_attempts INTEGER DEFAULT 0 NOT NULL;

-- When the current lock ends; NULL when the account was never locked or was unlocked since.
ALTER TABLE accounts ADD COLUMN locked_until TIMESTAMPTZ;

-- NULL for events recorded before this version and for an administrator's actions.
ALTER TABLE audit_events ADD COLUMN client_address VARCHAR(64);

-- "The newest events of a username", read backwards; it covers every use of V4's index.
CREATE INDEX audit_events_username_newest ON audit_events (username, occurred_at, id);

DROP INDEX audit_events_username_occurred_at;
