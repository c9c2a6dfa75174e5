-- "Forgot your password?" finds an account by the address a person types, whatever its case
-- (PostgreSQL twin of hsqldb/V7). PostgreSQL could index LOWER(email) itself; a column of its own
-- keeps the repositories' SQL the same on every database.
ALTER TABLE accounts ADD COLUMN email_key VARCHAR(254);
UPDATE accounts SET email_key = LOWER(email);
ALTER TABLE accounts ALTER COLUMN email_key SET NOT NULL;
DROP INDEX accounts_email;
CREATE INDEX accounts_email_key ON accounts (email_key);
