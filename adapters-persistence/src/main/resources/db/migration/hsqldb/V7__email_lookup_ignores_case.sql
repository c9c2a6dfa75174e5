-- "Forgot your password?" finds an account by the address a person types, whatever its case
-- ("Chan.TM@example.edu" for "chan.tm@example.edu"); the address itself is kept as typed, for
-- delivery. HSQLDB has no index on an expression, so the lower-cased key is a column of its own.
ALTER TABLE accounts ADD COLUMN email_key VARCHAR(254);
UPDATE accounts SET email_key = LOWER(email);
ALTER TABLE accounts ALTER COLUMN email_key SET NOT NULL;
DROP INDEX accounts_email;
CREATE INDEX accounts_email_key ON accounts (email_key);
