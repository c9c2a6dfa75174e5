-- Web sessions, known by the hash of their cookie's token, so a copy of this table opens nothing
-- (PostgreSQL twin of hsqldb/V3).

CREATE TABLE sessions (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  account_id VARCHAR(36) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL,
  CONSTRAINT sessions_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
);

CREATE INDEX sessions_account_id ON sessions (account_id);
