/**
 * Outgoing adapter for accounts: each person's account, current password hash and earlier password
 * hashes in the {@code accounts} and {@code password_history} tables. An account is saved only over
 * the version it was read at, so of two concurrent password changes exactly one is kept.
 */
package org.singlepassword.adapters.persistence.account;
