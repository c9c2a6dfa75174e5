-- "Forgot your password?": the reset links in flight, known by the hash of their token, and the
-- expiry warnings sent, one per password (PostgreSQL twin of hsqldb/V6).

CREATE TABLE password_resets (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  -- Tells apart links issued in one microsecond: the one added last is the newest.
  added_order BIGINT GENERATED ALWAYS AS IDENTITY,
  account_id VARCHAR(36) NOT NULL,
  issued_at TIMESTAMPTZ NOT NULL,
  valid_until TIMESTAMPTZ NOT NULL,
  -- When the password this link replaces was set: a change made any other way voids the link.
  for_password_set_at TIMESTAMPTZ NOT NULL,
  CONSTRAINT password_resets_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
    ON DELETE CASCADE
);

-- PostgreSQL, unlike HSQLDB, does not index a foreign key by itself: "the newest link of an
-- account" and "links sent in the last hour" need this one.
CREATE INDEX password_resets_account_issued_at ON password_resets (account_id, issued_at);

-- The key is the mark: of two instances warning about one password, only one can insert it.
CREATE TABLE expiry_warnings (
  account_id VARCHAR(36) NOT NULL,
  for_password_set_at TIMESTAMPTZ NOT NULL,
  CONSTRAINT expiry_warnings_pk PRIMARY KEY (account_id, for_password_set_at),
  CONSTRAINT expiry_warnings_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
    ON DELETE CASCADE
);

-- A reset requested by e-mail address (a family may share one).
CREATE INDEX accounts_email ON accounts (email);

-- The daily run's "passwords set in this window", entering the expiry warning.
CREATE INDEX accounts_password_changed_at ON accounts (password_changed_at);
