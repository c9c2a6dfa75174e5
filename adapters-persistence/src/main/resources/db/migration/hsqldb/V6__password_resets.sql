-- "Forgot your password?": the reset links in flight, known by the hash of their token so that a
-- copy of this table opens nothing, and the expiry warnings sent, one per password. Both belong to
-- their account and go with it.

CREATE TABLE password_resets (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  -- Tells apart links issued in one microsecond: the one added last is the newest.
  added_order BIGINT GENERATED ALWAYS AS IDENTITY,
  account_id VARCHAR(36) NOT NULL,
  issued_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  valid_until TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  -- When the password this link replaces was set: a change made any other way voids the link.
  for_password_set_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  CONSTRAINT password_resets_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
    ON DELETE CASCADE
);

-- No index of its own on (account_id, issued_at) for "the newest link of an account" and "links
-- sent in the last hour": HSQLDB gives every foreign key an index on its columns and plans both
-- queries on that one (EXPLAIN PLAN), sorting or filtering an account's few links; a second index
-- would only cost writes. A dialect that does not index foreign keys needs it.

-- The key is the mark: of two instances warning about one password, only one can insert it.
CREATE TABLE expiry_warnings (
  account_id VARCHAR(36) NOT NULL,
  for_password_set_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  CONSTRAINT expiry_warnings_pk PRIMARY KEY (account_id, for_password_set_at),
  CONSTRAINT expiry_warnings_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
    ON DELETE CASCADE
);

-- A reset requested by e-mail address (a family may share one).
CREATE INDEX accounts_email ON accounts (email);

-- The daily run's "passwords set in this window", entering the expiry warning.
CREATE INDEX accounts_password_changed_at ON accounts (password_changed_at);
