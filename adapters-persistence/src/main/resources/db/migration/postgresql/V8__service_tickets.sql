-- CAS service tickets in flight, known by the hash of their token so that a copy of this table
-- opens nothing. Each is taken (deleted) when validated; the expired ones are forgotten hourly.

CREATE TABLE service_tickets (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  account_id VARCHAR(36) NOT NULL,
  e_service_id VARCHAR(64) NOT NULL,
  service VARCHAR(2000) NOT NULL,
  issued_at TIMESTAMPTZ NOT NULL,
  valid_until TIMESTAMPTZ NOT NULL,
  from_credentials BOOLEAN NOT NULL,
  CONSTRAINT service_tickets_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
    ON DELETE CASCADE
);

-- "Forget the expired ones".
CREATE INDEX service_tickets_valid_until ON service_tickets (valid_until);

-- PostgreSQL does not index foreign keys by itself; deleting an account cascades through this.
CREATE INDEX service_tickets_account_id ON service_tickets (account_id);
