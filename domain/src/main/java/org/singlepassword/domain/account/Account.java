package org.singlepassword.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.password.PasswordHistory;
import org.singlepassword.domain.password.Verification;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.Violation;

/**
 * A person's single-password account: one password for every e-service, its history, and what the
 * person must do next. All changes go through methods named for what they do; {@link #issue}
 * creates an account, {@link #restore} is for repositories.
 */
public final class Account {

  private final AccountId id;
  private final Username username;
  private final DisplayName displayName;
  private final EmailAddress email;
  private final long version;
  private PasswordHash credential;
  private PasswordHistory earlierPasswords;
  private AccountStatus status;
  private Instant passwordChangedAt;
  private Channel passwordChangedThrough;

  private Account(State state) {
    this.id = state.id();
    this.username = state.username();
    this.displayName = state.displayName();
    this.email = state.email();
    this.credential = state.credential();
    this.earlierPasswords = state.earlierPasswords();
    this.status = state.status();
    this.passwordChangedAt = state.passwordChangedAt();
    this.passwordChangedThrough = state.passwordChangedThrough();
    this.version = state.version();
  }

  /**
   * A new account with an issued initial password, which must be changed at the first sign-in.
   *
   * @throws PasswordRejectedException when the initial password does not meet the policy
   */
  public static Account issue(
      AccountId id,
      Username username,
      DisplayName displayName,
      EmailAddress email,
      Password initialPassword,
      PasswordPolicy policy,
      PasswordHasher hasher,
      Channel issuedThrough,
      Instant now) {
    requireAcceptable(policy.check(initialPassword));
    return new Account(
        new State(
            id,
            username,
            displayName,
            email,
            hasher.hash(initialPassword),
            PasswordHistory.empty(),
            AccountStatus.MUST_CHANGE_PASSWORD,
            now,
            issuedThrough,
            0));
  }

  /** An account as a repository stored it. */
  public static Account restore(State state) {
    return new Account(state);
  }

  /**
   * Whether the password is this account's. When it is and its hash is outdated (older hashing
   * parameters), the hash is renewed: the only moment the password is known in clear.
   */
  public Verification verifyPassword(Password password, PasswordHasher hasher) {
    if (!hasher.verify(password, credential)) {
      return Verification.INCORRECT;
    }
    if (hasher.needsRehash(credential)) {
      credential = hasher.hash(password);
      return Verification.CORRECT_AND_REHASHED;
    }
    return Verification.CORRECT;
  }

  /**
   * My Profile > Account Password: replaces the password after checking, in this order, the current
   * password, the cheap rules (all unmet ones at once), then the history.
   *
   * @throws IncorrectPasswordException when {@code current} is not this account's password
   * @throws PasswordRejectedException when the replacement does not meet the policy
   */
  public void changePassword(
      Password current,
      Password replacement,
      PasswordPolicy policy,
      PasswordHasher hasher,
      Channel through,
      Instant now) {
    Objects.requireNonNull(through, "through");
    Objects.requireNonNull(now, "now");
    if (!hasher.verify(current, credential)) {
      throw new IncorrectPasswordException();
    }
    requireAcceptable(policy.check(replacement));
    policy
        .checkHistory(replacement, current, earlierPasswords, hasher)
        .ifPresent(violation -> requireAcceptable(List.of(violation)));
    earlierPasswords = earlierPasswords.after(credential, policy.earlierPasswordsToKeep());
    credential = hasher.hash(replacement);
    status = AccountStatus.ACTIVE;
    passwordChangedAt = now;
    passwordChangedThrough = through;
  }

  private static void requireAcceptable(List<Violation> unmet) {
    if (!unmet.isEmpty()) {
      throw new PasswordRejectedException(unmet);
    }
  }

  public AccountId id() {
    return id;
  }

  public Username username() {
    return username;
  }

  public DisplayName displayName() {
    return displayName;
  }

  public EmailAddress email() {
    return email;
  }

  public AccountStatus status() {
    return status;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public Channel passwordChangedThrough() {
    return passwordChangedThrough;
  }

  /** Everything a repository stores, with the version it was read at. */
  public State state() {
    return new State(
        id,
        username,
        displayName,
        email,
        credential,
        earlierPasswords,
        status,
        passwordChangedAt,
        passwordChangedThrough,
        version);
  }

  /**
   * An account's stored form. The version is for optimistic locking: a repository saves only over
   * the version it read, so that of two concurrent changes exactly one wins.
   */
  public record State(
      AccountId id,
      Username username,
      DisplayName displayName,
      EmailAddress email,
      PasswordHash credential,
      PasswordHistory earlierPasswords,
      AccountStatus status,
      Instant passwordChangedAt,
      Channel passwordChangedThrough,
      long version) {

    public State {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(credential, "credential");
      Objects.requireNonNull(earlierPasswords, "earlierPasswords");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
      Objects.requireNonNull(passwordChangedThrough, "passwordChangedThrough");
    }
  }
}
