-- CAS service tickets issued and not yet validated, known by the hash of their token so that a
-- copy of this table opens nothing. A validation deletes its ticket's row, whatever its answer;
-- the housekeeping deletes those never presented, by their end. Portable SQL: PostgreSQL runs the
-- same text.

CREATE TABLE service_tickets (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  account_id VARCHAR(36) NOT NULL,
  -- No foreign key: an e-service is disabled, never removed, and the validation reads it anyway.
  e_service_id VARCHAR(64) NOT NULL,
  service VARCHAR(2000) NOT NULL,
  issued_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  valid_until TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  -- The password was typed for this ticket (CAS renew), rather than single sign-on.
  from_credentials BOOLEAN NOT NULL,
  CONSTRAINT service_tickets_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
    ON DELETE CASCADE
);

-- The housekeeping's "tickets that expired by now".
CREATE INDEX service_tickets_valid_until ON service_tickets (valid_until);
