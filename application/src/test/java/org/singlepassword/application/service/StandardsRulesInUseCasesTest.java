package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.InMemoryEServiceRegistry;
import org.singlepassword.application.fakes.InMemoryPasswordResets;
import org.singlepassword.application.fakes.InMemorySessionStore;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.fakes.RecordingNotifications;
import org.singlepassword.application.port.in.admin.ProvisionAccountCommand;
import org.singlepassword.application.port.in.password.ChangePasswordCommand;
import org.singlepassword.application.port.in.reset.ConfirmPasswordResetCommand;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Lockout;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordAging;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.PolicyProfile;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;
import org.singlepassword.domain.reset.PasswordReset;
import org.singlepassword.domain.token.SecretToken;

/**
 * The use cases give the policy what it compares a new password with: the person's own data, the
 * registered e-services' names and ids, and at a change, and only there, the current password.
 */
class StandardsRulesInUseCasesTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final PasswordPolicy POLICY =
      PasswordPolicy.of(PolicyProfile.FAQ.defaults(), CommonPasswords.of(List.of("password123")));

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemoryEServiceRegistry eServices = new InMemoryEServiceRegistry();
  private final InMemoryPasswordResets resets = new InMemoryPasswordResets();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final FakeClock clock = new FakeClock(NOW);
  private final AccountNotices notices =
      new AccountNotices(new RecordingNotifications(), new DirectTransactions(), audit, clock);

  @BeforeEach
  void registerTheLearnerPortalAndStoreChan() {
    eServices.addIfAbsent(
        new EService(
            new EServiceId("learner-portal"),
            "Learner Portal",
            List.of("https://portal.example.edu/"),
            SecretToken.generate(new SecureRandom()).hash(),
            true));
    ExampleAccounts.store(accounts, hasher);
  }

  @Nested
  class ChangingThePassword {

    private final ChangePasswordService service =
        new ChangePasswordService(
            new DirectTransactions(),
            accounts,
            new InMemorySessionStore(),
            audit,
            POLICY,
            eServices,
            PasswordAging.defaults(),
            Lockout.defaults(),
            hasher,
            new UnknownAccountDecoy(hasher),
            notices,
            clock);

    @Test
    void refusesTheCurrentPasswordWithTheNumberChanged() {
      assertRefused(RuleId.TOO_SIMILAR, () -> change("Initial2Pass"));
    }

    @Test
    void refusesARegisteredEServicesName() {
      assertRefused(RuleId.CONTAINS_PERSONAL_DATA, () -> change("LearnerPortal9x"));
    }

    @Test
    void refusesTheUsername() {
      assertRefused(RuleId.CONTAINS_PERSONAL_DATA, () -> change("Chan.TM-Forever9"));
    }

    @Test
    void refusesACommonPassword() {
      assertRefused(RuleId.COMMON_PASSWORD, () -> change("Password123"));
    }

    @Test
    void acceptsAPasswordUnlikeAllOfThem() {
      assertDoesNotThrow(() -> change("Harbour7Lantern"));
    }

    private void change(String replacement) {
      service.changePassword(
          new ChangePasswordCommand(CHAN, INITIAL, Password.of(replacement), Channel.WEB_FORM));
    }
  }

  @Nested
  class ResettingThePassword {

    private final ConfirmPasswordResetService service =
        new ConfirmPasswordResetService(
            new DirectTransactions(),
            accounts,
            resets,
            new InMemorySessionStore(),
            audit,
            notices,
            POLICY,
            eServices,
            hasher,
            clock);

    @Test
    void cannotCompareWithTheCurrentPasswordNobodyTyped() {
      assertDoesNotThrow(() -> confirm("Initial2Pass"));
    }

    @Test
    void stillRefusesARegisteredEServicesName() {
      assertRefused(RuleId.CONTAINS_PERSONAL_DATA, () -> confirm("LearnerPortal9x"));
    }

    private void confirm(String replacement) {
      SecretToken token = SecretToken.generate(new SecureRandom());
      Account chan = accounts.findByUsername(CHAN).orElseThrow();
      resets.add(PasswordReset.issue(token.hash(), chan, Duration.ofMinutes(30), NOW));
      service.confirmPasswordReset(
          new ConfirmPasswordResetCommand(token, Password.of(replacement), Optional.empty()));
    }
  }

  @Nested
  class ProvisioningAnAccount {

    private final Username wong = new Username("wong.km");
    private final ProvisionAccountService service =
        new ProvisionAccountService(
            new DirectTransactions(),
            accounts,
            audit,
            POLICY,
            eServices,
            hasher,
            new InitialPasswords(POLICY, new SecureRandom()),
            clock);

    @Test
    void refusesATypedInitialPasswordWithThePersonsName() {
      assertRefused(RuleId.CONTAINS_PERSONAL_DATA, () -> provision(Optional.of("KaMing2024Start")));
      assertTrue(accounts.findByUsername(wong).isEmpty());
    }

    @Test
    void neverRefusesAGeneratedOne() {
      IntStream.range(0, 50)
          .forEach(
              i ->
                  service.provisionAccount(
                      new ProvisionAccountCommand(
                          new Username("wong" + i),
                          new EmailAddress("wong" + i + "@example.edu"),
                          new DisplayName("Wong Ka Ming"),
                          Optional.empty())));
    }

    private void provision(Optional<String> initial) {
      service.provisionAccount(
          new ProvisionAccountCommand(
              wong,
              new EmailAddress("wong.km@example.edu"),
              new DisplayName("Wong Ka Ming"),
              initial.map(Password::of)));
    }
  }

  private static void assertRefused(RuleId rule, Executable attempt) {
    PasswordRejectedException refused = assertThrows(PasswordRejectedException.class, attempt);
    assertEquals(List.of(rule), refused.unmet().stream().map(Violation::rule).toList());
  }
}
