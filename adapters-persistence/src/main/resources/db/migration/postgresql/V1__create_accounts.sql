-- Accounts and the passwords each had before its current one (PostgreSQL twin of hsqldb/V1).
-- Instants are TIMESTAMPTZ, which PostgreSQL keeps in UTC to the microsecond.

CREATE TABLE accounts (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  username VARCHAR(64) NOT NULL,
  -- PostgreSQL counts characters, so 100 characters outside the BMP fit as in HSQLDB's 200 units.
  display_name VARCHAR(200) NOT NULL,
  email VARCHAR(254) NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  status VARCHAR(32) NOT NULL,
  password_changed_at TIMESTAMPTZ NOT NULL,
  password_changed_through VARCHAR(80) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT accounts_username_unique UNIQUE (username)
);

-- Newest first: position 0 is the password replaced most recently.
CREATE TABLE password_history (
  account_id VARCHAR(36) NOT NULL,
  position INTEGER NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  CONSTRAINT password_history_pk PRIMARY KEY (account_id, position),
  CONSTRAINT password_history_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
);
