package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.spy;
import static org.singlepassword.application.service.ExampleAccounts.CHAN;
import static org.singlepassword.application.service.ExampleAccounts.INITIAL;
import static org.singlepassword.application.service.ExampleAccounts.stored;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.fakes.InMemoryAccountRepository;
import org.singlepassword.application.fakes.RecordingAuditTrail;
import org.singlepassword.application.port.in.accounts.ImportAccountsCommand;
import org.singlepassword.application.port.in.accounts.ImportInterruptedException;
import org.singlepassword.application.port.in.accounts.ImportedAccount;
import org.singlepassword.application.port.in.accounts.ImportedAccount.Result;
import org.singlepassword.application.port.in.accounts.NewAccount;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountState;
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

/** IT provisions a whole intake from a file: one outcome per row, in the file's order. */
class ImportAccountsServiceTest {

  private static final Instant NOW = Instant.parse("2025-09-01T08:00:00Z");

  private final PasswordPolicy policy = PasswordPolicy.faq();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final ImportAccountsService service = service(accounts);

  private ImportAccountsService service(AccountRepository repository) {
    return new ImportAccountsService(
        new DirectTransactions(),
        repository,
        audit,
        policy,
        hasher,
        new InitialPasswords(policy, new SecureRandom()),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static NewAccount row(String username) {
    return new NewAccount(
        new Username(username),
        new EmailAddress(username + "@example.edu"),
        new DisplayName("Student " + username));
  }

  private static ImportAccountsCommand intake(String... usernames) {
    return new ImportAccountsCommand(
        Stream.of(usernames).map(ImportAccountsServiceTest::row).toList());
  }

  private static List<Result> results(List<ImportedAccount> outcomes) {
    return outcomes.stream().map(ImportedAccount::result).toList();
  }

  private Account storedAs(String username) {
    return accounts.findByUsername(new Username(username)).orElseThrow();
  }

  @Nested
  class WithNewRows {

    @Test
    void createsEachWithAnInitialPasswordThatMeetsThePolicyAndMustBeChanged() {
      List<ImportedAccount> outcomes = service.importAccounts(intake("wong.ky", "lee.sm", "ho.kf"));

      assertEquals(List.of(Result.CREATED, Result.CREATED, Result.CREATED), results(outcomes));
      for (ImportedAccount outcome : outcomes) {
        Password initial = outcome.initialPassword().orElseThrow();
        Account account = accounts.findByUsername(outcome.username()).orElseThrow();
        assertEquals(List.of(), policy.check(initial));
        assertEquals(Verification.CORRECT, account.verifyPassword(initial, hasher));
        assertEquals(AccountStatus.MUST_CHANGE_PASSWORD, account.status());
        assertEquals(NOW, account.passwordChangedAt());
        assertEquals(Channel.ADMINISTRATOR, account.passwordChangedThrough());
      }
      assertEquals(new EmailAddress("lee.sm@example.edu"), storedAs("lee.sm").email());
      assertEquals(new DisplayName("Student lee.sm"), storedAs("lee.sm").displayName());
    }

    @Test
    void issuesADifferentPasswordToEachRow() {
      List<Password> issued =
          service.importAccounts(intake("wong.ky", "lee.sm", "ho.kf")).stream()
              .map(outcome -> outcome.initialPassword().orElseThrow())
              .toList();

      assertFalse(issued.get(0).sameAs(issued.get(1)));
      assertFalse(issued.get(0).sameAs(issued.get(2)));
      assertFalse(issued.get(1).sameAs(issued.get(2)));
    }

    @Test
    void recordsAccountCreatedByTheAdministratorForEachRow() {
      service.importAccounts(intake("wong.ky", "lee.sm"));

      assertEquals(
          List.of(
              new AuditEvent(
                  NOW,
                  new Username("wong.ky"),
                  AuditEventType.ACCOUNT_CREATED,
                  Channel.ADMINISTRATOR),
              new AuditEvent(
                  NOW,
                  new Username("lee.sm"),
                  AuditEventType.ACCOUNT_CREATED,
                  Channel.ADMINISTRATOR)),
          audit.events());
    }

    @Test
    void answersAnEmptyIntakeWithNoOutcomes() {
      assertEquals(List.of(), service.importAccounts(intake()));
    }
  }

  @Nested
  class WithExistingAccounts {

    @Test
    void leavesAnExistingAccountAsItWasAndSaysItExists() {
      ExampleAccounts.store(accounts, hasher);

      List<ImportedAccount> outcomes = service.importAccounts(intake("chan.tm", "wong.ky"));

      assertEquals(List.of(Result.EXISTS, Result.CREATED), results(outcomes));
      assertEquals(Optional.empty(), outcomes.get(0).initialPassword());
      assertEquals(0, stored(accounts).state().version());
      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(INITIAL, hasher));
      assertEquals(
          List.of(new Username("wong.ky")),
          audit.events().stream().map(AuditEvent::username).toList());
    }

    @Test
    void saysExistsForAnAccountCreatedWhileThePasswordsWereHashed() {
      ExampleAccounts.store(accounts, hasher);
      AccountRepository racing = spy(accounts);
      // Not there when the intake is checked; there when the new account is added.
      doReturn(Optional.empty()).doCallRealMethod().when(racing).findByUsername(CHAN);

      List<ImportedAccount> outcomes = service(racing).importAccounts(intake("chan.tm"));

      assertEquals(List.of(Result.EXISTS), results(outcomes));
      assertEquals(Verification.CORRECT, stored(accounts).verifyPassword(INITIAL, hasher));
      assertTrue(audit.events().isEmpty());
    }

    @Test
    void aRerunOfTheSameFileChangesNothing() {
      ImportAccountsCommand file = intake("wong.ky", "lee.sm", "ho.kf");
      service.importAccounts(file);
      List<AuditEvent> afterFirstRun = audit.events();
      AccountState wongBefore = storedAs("wong.ky").state();

      List<ImportedAccount> rerun = service.importAccounts(file);

      assertEquals(List.of(Result.EXISTS, Result.EXISTS, Result.EXISTS), results(rerun));
      assertTrue(rerun.stream().allMatch(outcome -> outcome.initialPassword().isEmpty()));
      assertEquals(afterFirstRun, audit.events());
      assertEquals(wongBefore, storedAs("wong.ky").state());
    }
  }

  @Nested
  class WithARepeatedRow {

    @Test
    void createsTheFirstAndMarksTheRepeatAsDuplicate() {
      List<ImportedAccount> outcomes =
          service.importAccounts(intake("wong.ky", "lee.sm", "Wong.KY"));

      assertEquals(List.of(Result.CREATED, Result.CREATED, Result.DUPLICATE), results(outcomes));
      assertEquals(new Username("wong.ky"), outcomes.get(2).username());
      assertEquals(2, audit.events().size());
    }

    @Test
    void keepsTheFirstRowsDetails() {
      NewAccount first = row("wong.ky");
      NewAccount repeat =
          new NewAccount(
              first.username(), new EmailAddress("other@example.edu"), first.displayName());

      service.importAccounts(new ImportAccountsCommand(List.of(first, repeat)));

      assertEquals(first.email(), storedAs("wong.ky").email());
    }

    @Test
    void saysExistsThenDuplicateForARepeatedExistingAccount() {
      ExampleAccounts.store(accounts, hasher);

      assertEquals(
          List.of(Result.EXISTS, Result.DUPLICATE),
          results(service.importAccounts(intake("chan.tm", "chan.tm"))));
    }
  }

  @Nested
  class LargerThanOneBatch {

    private final List<String> usernames =
        IntStream.rangeClosed(1, 1_234).mapToObj(n -> String.format("s%04d", n)).toList();

    @Test
    void createsEveryRowAndAnswersInTheFilesOrder() {
      List<ImportedAccount> outcomes =
          service.importAccounts(intake(usernames.toArray(String[]::new)));

      assertEquals(
          usernames, outcomes.stream().map(outcome -> outcome.username().value()).toList());
      assertEquals(Collections.nCopies(1_234, Result.CREATED), results(outcomes));
      assertEquals(
          usernames, audit.events().stream().map(event -> event.username().value()).toList());
      assertTrue(accounts.findByUsername(new Username("s1234")).isPresent());
    }

    @Test
    void recognisesARepeatInALaterBatch() {
      List<String> withRepeat = new ArrayList<>(usernames.subList(0, 700));
      withRepeat.add(600, "s0003");

      List<ImportedAccount> outcomes =
          service.importAccounts(intake(withRepeat.toArray(String[]::new)));

      assertEquals(Result.DUPLICATE, outcomes.get(600).result());
      assertEquals(Result.CREATED, outcomes.get(601).result());
      assertEquals(700, audit.events().size());
    }

    @Test
    void reportsTheStoredRowsWithTheirPasswordsWhenALaterBatchFails() {
      AccountRepository failingInTheSecondBatch =
          new ForwardingAccountRepository(accounts) {
            @Override
            public boolean addIfAbsent(Account account) {
              if (account.username().equals(new Username("s0600"))) {
                throw new IllegalStateException("the database went away");
              }
              return super.addIfAbsent(account);
            }
          };

      ImportInterruptedException interrupted =
          assertThrows(
              ImportInterruptedException.class,
              () ->
                  service(failingInTheSecondBatch)
                      .importAccounts(intake(usernames.toArray(String[]::new))));

      assertEquals(ImportAccountsService.BATCH, interrupted.completed().size());
      assertTrue(
          interrupted.completed().stream()
              .allMatch(outcome -> outcome.initialPassword().isPresent()));
      assertTrue(accounts.findByUsername(new Username("s0500")).isPresent());
    }
  }
}
