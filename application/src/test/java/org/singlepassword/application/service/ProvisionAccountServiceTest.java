package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemoryEServiceRegistry;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.port.in.admin.AccountAlreadyExistsException;
import org.singlepassword.application.port.in.admin.ProvisionAccountCommand;
import org.singlepassword.application.port.in.admin.ProvisionedAccount;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.Verification;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/** An administrator creates an account with an initial password the person must change. */
class ProvisionAccountServiceTest {

  private static final Instant NOW = Instant.parse("2025-09-01T08:00:00Z");
  private static final Username CHAN = new Username("chan.tm");

  private final PasswordPolicy policy = PasswordPolicy.faq();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final ProvisionAccountService service =
      new ProvisionAccountService(
          new DirectTransactions(),
          accounts,
          audit,
          policy,
          new InMemoryEServiceRegistry(),
          hasher,
          new InitialPasswords(policy, new SecureRandom()),
          Clock.fixed(NOW, ZoneOffset.UTC));

  private static ProvisionAccountCommand provision(Username username, Optional<Password> initial) {
    return new ProvisionAccountCommand(
        username,
        new EmailAddress("chan.tm@example.edu"),
        new DisplayName("Chan Tai Man"),
        initial);
  }

  @Nested
  class WithAGeneratedInitialPassword {

    @Test
    void issuesAPasswordThatMeetsThePolicyAndMustBeChanged() {
      ProvisionedAccount provisioned = service.provisionAccount(provision(CHAN, Optional.empty()));

      assertEquals(CHAN, provisioned.username());
      assertEquals(List.of(), policy.check(provisioned.initialPassword()));
      Account stored = accounts.findByUsername(CHAN).orElseThrow();
      assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, stored.status());
      assertEquals(NOW, stored.passwordChangedAt());
      assertEquals(Channel.ADMINISTRATOR, stored.passwordChangedThrough());
      assertEquals(
          Verification.CORRECT, stored.verifyPassword(provisioned.initialPassword(), hasher));
    }

    @Test
    void issuesADifferentPasswordToEachAccount() {
      Password first =
          service.provisionAccount(provision(CHAN, Optional.empty())).initialPassword();
      Password second =
          service
              .provisionAccount(provision(new Username("wong.ky"), Optional.empty()))
              .initialPassword();

      assertNotEquals(text(first), text(second));
    }
  }

  @Nested
  class WithAGivenInitialPassword {

    @Test
    void issuesThatPassword() {
      Password given = Password.of("Given1Password");

      ProvisionedAccount provisioned =
          service.provisionAccount(provision(CHAN, Optional.of(given)));

      assertSame(given, provisioned.initialPassword());
      assertEquals(
          Verification.CORRECT,
          accounts.findByUsername(CHAN).orElseThrow().verifyPassword(given, hasher));
    }

    @Test
    void refusesOneThatBreaksThePolicyWithEveryViolationAndStoresNothing() {
      PasswordRejectedException rejection =
          assertThrows(
              PasswordRejectedException.class,
              () -> service.provisionAccount(provision(CHAN, Optional.of(Password.of("abc")))));

      assertEquals(
          List.of(RuleId.MIN_LENGTH, RuleId.UPPERCASE, RuleId.DIGIT),
          rejection.unmet().stream().map(Violation::rule).toList());
      assertTrue(accounts.findByUsername(CHAN).isEmpty());
      assertTrue(audit.events().isEmpty());
    }
  }

  @Nested
  class WhenTheUsernameIsTaken {

    @Test
    void refusesAndLeavesTheFirstAccountAsItWas() {
      Password first = Password.of("First1Password");
      service.provisionAccount(provision(CHAN, Optional.of(first)));

      AccountAlreadyExistsException refusal =
          assertThrows(
              AccountAlreadyExistsException.class,
              () ->
                  service.provisionAccount(
                      provision(new Username("Chan.TM"), Optional.of(Password.of("Second2Pass")))));

      assertEquals(CHAN, refusal.username());
      assertEquals(
          Verification.CORRECT,
          accounts.findByUsername(CHAN).orElseThrow().verifyPassword(first, hasher));
      assertEquals(List.of(AuditEventType.ACCOUNT_CREATED), audit.types());
    }
  }

  @Test
  void recordsAccountCreatedByTheAdministrator() {
    service.provisionAccount(provision(CHAN, Optional.empty()));

    assertEquals(
        List.of(new AuditEvent(NOW, CHAN, AuditEventType.ACCOUNT_CREATED, Channel.ADMINISTRATOR)),
        audit.events());
  }

  private static String text(Password password) {
    return new String(password.normalizedUtf8(), StandardCharsets.UTF_8);
  }
}
