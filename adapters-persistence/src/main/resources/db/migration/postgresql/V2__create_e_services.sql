-- The e-services registered to sign their users in, and their service URLs in the order given
-- (PostgreSQL twin of hsqldb/V2).

CREATE TABLE e_services (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  secret_hash VARCHAR(100) NOT NULL,
  enabled BOOLEAN NOT NULL
);

CREATE TABLE e_service_urls (
  e_service_id VARCHAR(64) NOT NULL,
  position INTEGER NOT NULL,
  url VARCHAR(2000) NOT NULL,
  CONSTRAINT e_service_urls_pk PRIMARY KEY (e_service_id, position),
  CONSTRAINT e_service_urls_e_service_fk FOREIGN KEY (e_service_id) REFERENCES e_services (id)
);
