package org.singlepassword.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountState;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.password.PasswordHistory;

/**
 * A test data builder for an account as a repository restores it, every field set (two earlier
 * passwords among them, unless told otherwise) and any of them replaceable, so a contract names
 * only what it varies.
 */
final class SampleAccount {

  private final PasswordHasher hasher;
  private AccountId id = AccountId.random();
  private Username username = ContractSamples.uniqueUsername();
  private DisplayName displayName = new DisplayName("Chan Tai Man 陳大文");
  private EmailAddress email = new EmailAddress("Chan.TM@Example.EDU");
  private AccountStatus status = AccountStatus.ACTIVE;
  private Instant passwordChangedAt = ContractSamples.LATER;
  private Channel passwordChangedThrough = Channel.WEB_FORM;
  private boolean enabled = true;
  private int failedAttempts;
  private Optional<Instant> lockedUntil = Optional.empty();
  private int earlierPasswords = 2;

  SampleAccount(PasswordHasher hasher) {
    this.hasher = hasher;
  }

  SampleAccount id(AccountId value) {
    id = value;
    return this;
  }

  SampleAccount username(Username value) {
    username = value;
    return this;
  }

  SampleAccount displayName(DisplayName value) {
    displayName = value;
    return this;
  }

  SampleAccount email(EmailAddress value) {
    email = value;
    return this;
  }

  /** The longest username, display name and e-mail address the domain accepts. */
  SampleAccount withTheLongestNames() {
    username = new Username(ContractSamples.unique("a".repeat(Username.MAX_LENGTH - 9)));
    // A character outside the Basic Multilingual Plane, as in "𠮷", takes two UTF-16 units.
    displayName = new DisplayName("𠮷".repeat(DisplayName.MAX_LENGTH));
    String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".edu";
    email = new EmailAddress("e".repeat(64) + "@" + domain);
    if (username.value().length() != Username.MAX_LENGTH || email.value().length() != 254) {
      throw new IllegalStateException("not the longest names: " + username + ", " + email);
    }
    return this;
  }

  SampleAccount status(AccountStatus value) {
    status = value;
    return this;
  }

  SampleAccount passwordChanged(Instant at, Channel through) {
    passwordChangedAt = at;
    passwordChangedThrough = through;
    return this;
  }

  /** Disabled by an administrator, whatever its status. */
  SampleAccount disabled() {
    enabled = false;
    return this;
  }

  /** No earlier passwords, as for an account whose issued password was never changed. */
  SampleAccount withNoEarlierPasswords() {
    return earlierPasswords(0);
  }

  /** This many earlier passwords, "Earlier-Passw0rd-1" the newest. */
  SampleAccount earlierPasswords(int count) {
    earlierPasswords = count;
    return this;
  }

  SampleAccount failedAttempts(int value) {
    failedAttempts = value;
    return this;
  }

  SampleAccount lockedUntil(Instant value) {
    lockedUntil = Optional.of(value);
    return this;
  }

  /** The earlier password at this place in the history, 1 the newest. */
  static Password earlierPassword(int number) {
    return Password.of("Earlier-Passw0rd-" + number);
  }

  Account build() {
    return Account.restore(
        new AccountState(
            id,
            username,
            displayName,
            email,
            hasher.hash(Password.of("Current-Passw0rd")),
            new PasswordHistory(
                IntStream.rangeClosed(1, earlierPasswords)
                    .mapToObj(number -> hasher.hash(earlierPassword(number)))
                    .toList()),
            status,
            passwordChangedAt,
            passwordChangedThrough,
            enabled,
            failedAttempts,
            lockedUntil,
            0));
  }
}
