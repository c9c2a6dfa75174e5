package org.singlepassword.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.password.PasswordHistory;
import org.singlepassword.domain.password.Verification;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordContext;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
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
  private boolean enabled;
  private int failedAttempts;
  private Optional<Instant> lockedUntil;

  private Account(AccountState state) {
    this.id = state.id();
    this.username = state.username();
    this.displayName = state.displayName();
    this.email = state.email();
    this.credential = state.credential();
    this.earlierPasswords = state.earlierPasswords();
    this.status = state.status();
    this.passwordChangedAt = state.passwordChangedAt();
    this.passwordChangedThrough = state.passwordChangedThrough();
    this.enabled = state.enabled();
    this.failedAttempts = state.failedAttempts();
    this.lockedUntil = state.lockedUntil();
    this.version = state.version();
  }

  /**
   * A new account with an issued initial password, judged without context: what a generated
   * password needs, whose random letters may by chance spell part of a name.
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
    return issue(
        id,
        username,
        displayName,
        email,
        initialPassword,
        policy,
        PasswordContext.none(),
        hasher,
        issuedThrough,
        now);
  }

  /**
   * A new account with an issued initial password, which must be changed at the first sign-in; the
   * password is judged in {@code context} (the new person's data, for one an administrator typed).
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
      PasswordContext context,
      PasswordHasher hasher,
      Channel issuedThrough,
      Instant now) {
    requireAcceptable(policy.check(initialPassword, context));
    return new Account(
        new AccountState(
            id,
            username,
            displayName,
            email,
            hasher.hash(initialPassword),
            PasswordHistory.empty(),
            AccountStatus.MUST_CHANGE_PASSWORD,
            now,
            issuedThrough,
            true,
            0,
            Optional.empty(),
            0));
  }

  /** An account as a repository stored it. */
  public static Account restore(AccountState state) {
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
   * One sign-in attempt: a locked account is refused without looking at the password; a wrong
   * password counts towards the lockout; the right one resets the count (and renews an outdated
   * hash), but does not open a disabled account.
   */
  public SignInAttempt signIn(
      Password password, PasswordHasher hasher, Lockout lockout, Instant now) {
    if (isLockedAt(now)) {
      return SignInAttempt.LOCKED;
    }
    if (!verifyPassword(password, hasher).isCorrect()) {
      return recordFailedAttempt(lockout, now);
    }
    failedAttempts = 0;
    lockedUntil = Optional.empty();
    return enabled ? SignInAttempt.SIGNED_IN : SignInAttempt.DISABLED;
  }

  /**
   * A wrong password given for this account, at sign-in or as the current password of a change:
   * both are guesses, so both count towards the lockout.
   */
  public SignInAttempt recordFailedAttempt(Lockout lockout, Instant now) {
    failedAttempts++;
    if (failedAttempts < lockout.threshold()) {
      return SignInAttempt.INCORRECT;
    }
    failedAttempts = 0;
    lockedUntil = Optional.of(now.plus(lockout.duration()));
    return SignInAttempt.LOCKED_NOW;
  }

  /** Whether guessing has locked the account at {@code now}. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil.map(now::isBefore).orElse(false);
  }

  /** Where the account stands at {@code now}: disabled, a change required, or active. */
  public AccountStatus statusAt(Instant now, PasswordAging aging) {
    if (!enabled) {
      return AccountStatus.DISABLED;
    }
    if (status == AccountStatus.ACTIVE && aging.hasExpired(passwordChangedAt, now)) {
      return AccountStatus.PASSWORD_EXPIRED;
    }
    return status;
  }

  /** An administrator lifts a lock before it ends by itself. */
  public void unlock() {
    failedAttempts = 0;
    lockedUntil = Optional.empty();
  }

  /** An administrator forces a change of password at the next sign-in. */
  public void expirePassword() {
    if (status == AccountStatus.ACTIVE) {
      status = AccountStatus.PASSWORD_EXPIRED;
    }
  }

  /** An administrator stops every sign-in to the account; its password is kept. */
  public void disable() {
    enabled = false;
  }

  /** An administrator lets the person sign in again. */
  public void enable() {
    enabled = true;
  }

  /**
   * Refuses a change sooner than the policy's minimum age after the last one, so that nobody cycles
   * through the history in a minute to get an old password back. A required change (first sign-in,
   * expiry) is never refused for this.
   *
   * @throws PasswordRejectedException with a {@link RuleId#MIN_AGE} violation
   */
  public void requireMinimumAgeMet(PasswordAging aging, Instant now) {
    if (statusAt(now, aging) != AccountStatus.ACTIVE) {
      return;
    }
    aging
        .changeableFrom(passwordChangedAt)
        .filter(now::isBefore)
        .ifPresent(
            changeableFrom ->
                requireAcceptable(
                    List.of(
                        new Violation(
                            RuleId.MIN_AGE,
                            Map.of(
                                "minAge",
                                aging.minAge().orElseThrow().toString(),
                                "changeableFrom",
                                changeableFrom.toString())))));
  }

  /** A change under a policy without a minimum age: {@link #changePassword} with no aging. */
  public void changePassword(
      Password current,
      Password replacement,
      PasswordPolicy policy,
      PasswordHasher hasher,
      Channel through,
      Instant now) {
    changePassword(current, replacement, policy, PasswordAging.never(), hasher, through, now);
  }

  /** A change judged against this account's own data only: {@link #changePassword}. */
  public void changePassword(
      Password current,
      Password replacement,
      PasswordPolicy policy,
      PasswordAging aging,
      PasswordHasher hasher,
      Channel through,
      Instant now) {
    changePassword(current, replacement, policy, passwordContext(), aging, hasher, through, now);
  }

  /**
   * My Profile > Account Password: replaces the password after checking, in this order, the current
   * password, the cheap rules (all unmet ones at once, in {@code context} with the current password
   * added once verified), then the history.
   *
   * @throws IncorrectPasswordException when {@code current} is not this account's password
   * @throws PasswordRejectedException when the replacement does not meet the policy
   */
  public void changePassword(
      Password current,
      Password replacement,
      PasswordPolicy policy,
      PasswordContext context,
      PasswordAging aging,
      PasswordHasher hasher,
      Channel through,
      Instant now) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(through, "through");
    Objects.requireNonNull(now, "now");
    if (!hasher.verify(current, credential)) {
      throw new IncorrectPasswordException();
    }
    // After the current password: only its holder may learn when it was last changed.
    requireMinimumAgeMet(aging, now);
    requireAcceptable(policy.check(replacement, context.withCurrent(current)));
    policy
        .checkHistory(replacement, current, earlierPasswords, hasher)
        .ifPresent(violation -> requireAcceptable(List.of(violation)));
    replaceCredential(replacement, policy, hasher, through, now);
  }

  /** A reset judged against this account's own data only: {@link #resetPassword}. */
  public void resetPassword(
      Password replacement, PasswordPolicy policy, PasswordHasher hasher, Instant now) {
    resetPassword(replacement, policy, passwordContext(), hasher, now);
  }

  /**
   * "Forgot your password?": sets a new password without the current one, once the person has
   * proved control of the account's e-mail. The full policy (in {@code context}, where no current
   * password is known) and the history apply; a lock is lifted, and a required change (first
   * sign-in, expiry) is satisfied.
   *
   * @throws PasswordRejectedException when the replacement does not meet the policy
   */
  public void resetPassword(
      Password replacement,
      PasswordPolicy policy,
      PasswordContext context,
      PasswordHasher hasher,
      Instant now) {
    Objects.requireNonNull(now, "now");
    requireAcceptable(policy.check(replacement, context));
    policy
        .checkHistory(replacement, credential, earlierPasswords, hasher)
        .ifPresent(violation -> requireAcceptable(List.of(violation)));
    replaceCredential(replacement, policy, hasher, Channel.PASSWORD_RESET, now);
  }

  /** The new password in force, the old one remembered, any lock or required change over. */
  private void replaceCredential(
      Password replacement,
      PasswordPolicy policy,
      PasswordHasher hasher,
      Channel through,
      Instant now) {
    earlierPasswords = earlierPasswords.after(credential, policy.earlierPasswordsToKeep());
    credential = hasher.hash(replacement);
    status = AccountStatus.ACTIVE;
    passwordChangedAt = now;
    passwordChangedThrough = through;
    failedAttempts = 0;
    lockedUntil = Optional.empty();
  }

  private static void requireAcceptable(List<Violation> unmet) {
    if (!unmet.isEmpty()) {
      throw new PasswordRejectedException(unmet);
    }
  }

  /**
   * What the policy may compare a new password of this person's with: their username, display name
   * and e-mail address. The application adds the e-services.
   */
  public PasswordContext passwordContext() {
    return PasswordContext.of(username.value(), displayName.value(), email.value());
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

  /**
   * The stored status, without the clock: ACTIVE, MUST_CHANGE_PASSWORD, or PASSWORD_EXPIRED when an
   * administrator expired it. {@link #statusAt} is what callers show.
   */
  public AccountStatus status() {
    return status;
  }

  public boolean enabled() {
    return enabled;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public Optional<Instant> lockedUntil() {
    return lockedUntil;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public Channel passwordChangedThrough() {
    return passwordChangedThrough;
  }

  /** Everything a repository stores, with the version it was read at. */
  public AccountState state() {
    return new AccountState(
        id,
        username,
        displayName,
        email,
        credential,
        earlierPasswords,
        status,
        passwordChangedAt,
        passwordChangedThrough,
        enabled,
        failedAttempts,
        lockedUntil,
        version);
  }
}
