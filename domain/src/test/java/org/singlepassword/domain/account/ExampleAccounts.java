package org.singlepassword.domain.account;

import java.time.Instant;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordPolicy;

/** Chan Tai Man's account for domain tests, issued and changed through the real aggregate. */
final class ExampleAccounts {

  static final Instant ISSUED_AT = Instant.parse("2025-09-01T08:00:00Z");
  static final Password INITIAL = Password.of("Initial1Pass");
  static final Password CHOSEN = Password.of("Chosen2Password");
  static final Password WRONG = Password.of("Wrong3Guess");

  private ExampleAccounts() {}

  /** The account as an administrator issued it: the initial password must be changed. */
  static Account issued(PasswordHasher hasher) {
    return Account.issue(
        AccountId.random(),
        new Username("chan.tm"),
        new DisplayName("Chan Tai Man"),
        new EmailAddress("chan.tm@example.edu"),
        INITIAL,
        PasswordPolicy.faq(),
        hasher,
        Channel.ADMINISTRATOR,
        ISSUED_AT);
  }

  /** The account after Chan replaced the initial password with {@link #CHOSEN} at that moment. */
  static Account active(PasswordHasher hasher, Instant changedAt) {
    Account account = issued(hasher);
    account.changePassword(
        INITIAL, CHOSEN, PasswordPolicy.faq(), hasher, Channel.WEB_FORM, changedAt);
    return account;
  }
}
