-- What happened to each account, appended and never changed. The username is kept as given,
-- even for an unknown account, so it has no foreign key. AT is a reserved word, hence occurred_at.

CREATE TABLE audit_events (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  username VARCHAR(64) NOT NULL,
  type VARCHAR(40) NOT NULL,
  channel VARCHAR(80) NOT NULL
);

CREATE INDEX audit_events_username_occurred_at ON audit_events (username, occurred_at);
