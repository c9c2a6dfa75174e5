-- Accounts and the passwords each had before its current one.
-- Instants are TIMESTAMP(6) WITH TIME ZONE, written at offset UTC, to the microsecond.

CREATE TABLE accounts (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  username VARCHAR(64) NOT NULL,
  -- HSQLDB counts UTF-16 units: 100 characters outside the BMP take 200.
  display_name VARCHAR(200) NOT NULL,
  email VARCHAR(254) NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  status VARCHAR(32) NOT NULL,
  password_changed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
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
