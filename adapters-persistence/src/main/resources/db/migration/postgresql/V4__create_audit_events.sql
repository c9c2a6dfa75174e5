-- What happened to each account, appended and never changed (PostgreSQL twin of hsqldb/V4). The
-- username is kept as given, even for an unknown account, so it has no foreign key.

CREATE TABLE audit_events (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at TIMESTAMPTZ NOT NULL,
  username VARCHAR(64) NOT NULL,
  type VARCHAR(40) NOT NULL,
  channel VARCHAR(80) NOT NULL
);

CREATE INDEX audit_events_username_occurred_at ON audit_events (username, occurred_at);
