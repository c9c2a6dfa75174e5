package org.singlepassword.application.service;

import java.time.Instant;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordPolicy;

/** Accounts for use-case tests: issued by the real domain, stored in the repository under test. */
final class ExampleAccounts {

  static final Instant ISSUED_AT = Instant.parse("2025-09-01T08:00:00Z");
  static final Username CHAN = new Username("chan.tm");
  static final Password INITIAL = Password.of("Initial1Pass");

  private ExampleAccounts() {}

  /** Chan Tai Man's account with its initial password, as an administrator issued it. */
  static Account issue(PasswordHasher hasher) {
    return Account.issue(
        AccountId.random(),
        CHAN,
        new DisplayName("Chan Tai Man"),
        new EmailAddress("chan.tm@example.edu"),
        INITIAL,
        PasswordPolicy.faq(),
        hasher,
        Channel.ADMINISTRATOR,
        ISSUED_AT);
  }

  /** Chan Tai Man's account, stored; the stored copy is at version 0. */
  static Account store(AccountRepository accounts, PasswordHasher hasher) {
    Account account = issue(hasher);
    if (!accounts.addIfAbsent(account)) {
      throw new IllegalStateException("stored twice");
    }
    return account;
  }

  /** The account as the repository holds it now. */
  static Account stored(AccountRepository accounts) {
    return accounts.findByUsername(CHAN).orElseThrow();
  }
}
