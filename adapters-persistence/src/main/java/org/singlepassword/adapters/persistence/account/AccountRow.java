package org.singlepassword.adapters.persistence.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.singlepassword.adapters.persistence.UtcTimestamps;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHistory;

/**
 * Part of the outgoing persistence adapter: one row of {@code accounts}, an account without its
 * earlier passwords as the columns hold it. A disabled account keeps its status and has {@code
 * enabled} false; {@code locked_until} is NULL when no lock was ever set or it was lifted.
 */
record AccountRow(
    String id,
    String username,
    String displayName,
    String email,
    String passwordHash,
    String status,
    Instant passwordChangedAt,
    String passwordChangedThrough,
    boolean enabled,
    int failedAttempts,
    Optional<Instant> lockedUntil,
    long version) {

  static final RowMapper<AccountRow> MAPPER =
      (row, context) ->
          new AccountRow(
              row.getString("id"),
              row.getString("username"),
              row.getString("display_name"),
              row.getString("email"),
              row.getString("password_hash"),
              row.getString("status"),
              UtcTimestamps.fromColumn(row, "password_changed_at"),
              row.getString("password_changed_through"),
              row.getBoolean("enabled"),
              row.getInt("failed_attempts"),
              UtcTimestamps.fromNullableColumn(row, "locked_until"),
              row.getLong("version"));

  static AccountRow of(AccountState state) {
    return new AccountRow(
        state.id().toString(),
        state.username().value(),
        state.displayName().value(),
        state.email().value(),
        state.credential().encoded(),
        state.status().name(),
        state.passwordChangedAt(),
        state.passwordChangedThrough().code(),
        state.enabled(),
        state.failedAttempts(),
        state.lockedUntil(),
        state.version());
  }

  /** The address as looked up: in lower case, however it was typed or stored. */
  static String emailKey(EmailAddress email) {
    return email.value().toLowerCase(Locale.ROOT);
  }

  /**
   * Binds each column to the parameter of its name in camel case, as the inserts and updates use.
   */
  <S extends SqlStatement<S>> S bindTo(S statement) {
    return statement
        .bind("id", id)
        .bind("username", username)
        .bind("displayName", displayName)
        .bind("email", email)
        .bind("emailKey", emailKey(new EmailAddress(email)))
        .bind("passwordHash", passwordHash)
        .bind("status", status)
        .bind("passwordChangedAt", UtcTimestamps.toColumn(passwordChangedAt))
        .bind("passwordChangedThrough", passwordChangedThrough)
        .bind("enabled", enabled)
        .bind("failedAttempts", failedAttempts)
        .bindByType(
            "lockedUntil", UtcTimestamps.toNullableColumn(lockedUntil), OffsetDateTime.class)
        .bind("version", version);
  }

  /** The account this row and its earlier passwords make up. */
  Account toDomain(PasswordHistory earlierPasswords) {
    return Account.restore(
        new AccountState(
            AccountId.parse(id),
            new Username(username),
            new DisplayName(displayName),
            new EmailAddress(email),
            new PasswordHash(passwordHash),
            earlierPasswords,
            AccountStatus.valueOf(status),
            passwordChangedAt,
            Channel.parse(passwordChangedThrough),
            enabled,
            failedAttempts,
            lockedUntil,
            version));
  }
}
