package org.singlepassword.application.port.out;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * What the port contracts store: accounts with names unique to each test, so that one database can
 * serve a whole test class, and instants already at microsecond precision, the most any adapter
 * promises to keep.
 */
final class ContractSamples {

  static final PasswordPolicy POLICY = PasswordPolicy.faq();
  static final Password INITIAL_PASSWORD = Password.of("Initial-Passw0rd");
  static final Instant ISSUED_AT = Instant.parse("2025-01-06T09:00:00.000001Z");
  static final Instant LATER = Instant.parse("2025-01-06T09:30:15.123456Z");

  private ContractSamples() {}

  /** A name no other test uses: the stem, a dot and eight random letters or digits. */
  static String unique(String stem) {
    return stem + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  static Username uniqueUsername() {
    return new Username(unique("chan.tm"));
  }

  /** An address no other test uses, with a local part in mixed case as a person may give it. */
  static EmailAddress uniqueEmail() {
    return new EmailAddress(unique("Chan.TM") + "@example.edu");
  }

  /** Instants that a store through local time or at less than microsecond precision would alter. */
  static Stream<Instant> trickyInstants() {
    return Stream.of(
            // In the hour repeated when central Europe leaves summer time.
            "2024-10-27T01:30:00.654321Z",
            // The last microsecond of a leap day.
            "2024-02-29T23:59:59.999999Z",
            // Past the end of 32-bit seconds since the epoch.
            "2038-01-19T03:14:08.000001Z",
            "1970-01-01T00:00:00Z")
        .map(Instant::parse);
  }

  /** One channel of each kind a password can be set through. */
  static Stream<Channel> everyChannel() {
    return Stream.of(
        Channel.WEB_FORM,
        Channel.ADMINISTRATOR,
        Channel.PASSWORD_RESET,
        Channel.eService(new EServiceId("soul")));
  }

  /**
   * Every status an account can be stored with: DISABLED is what {@code enabled=false} shows as,
   * never a stored status, so that enabling again brings back the status the account had.
   */
  static Stream<AccountStatus> everyStoredStatus() {
    return Stream.of(AccountStatus.values()).filter(status -> status != AccountStatus.DISABLED);
  }

  static Stream<Arguments> everyChannelWithEveryStatus() {
    return everyChannel()
        .flatMap(channel -> everyStoredStatus().map(status -> Arguments.of(channel, status)));
  }

  /** A new account as an administrator issues it, at version 0. */
  static Account issue(Username username, DisplayName displayName, PasswordHasher hasher) {
    return Account.issue(
        AccountId.random(),
        username,
        displayName,
        new EmailAddress("chan.tm@example.edu"),
        INITIAL_PASSWORD,
        POLICY,
        hasher,
        Channel.ADMINISTRATOR,
        ISSUED_AT);
  }

  static Account issue(PasswordHasher hasher) {
    return issue(uniqueUsername(), new DisplayName("Chan Tai Man"), hasher);
  }
}
