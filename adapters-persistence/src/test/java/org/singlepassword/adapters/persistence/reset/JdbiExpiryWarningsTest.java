package org.singlepassword.adapters.persistence.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.JdbiTransactions;
import org.singlepassword.adapters.persistence.TestDatabase;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.ExpiryWarnings;
import org.singlepassword.application.port.out.ExpiryWarningsContract;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * The expiry warnings contract, run against a real database and the real SQL (one subclass per
 * database), and the race the contract cannot stage on every store: a mark inserted by a
 * transaction that has not ended yet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbiExpiryWarningsTest extends ExpiryWarningsContract {

  private static final Instant SET_AT = Instant.parse("2025-01-06T09:00:00.000001Z");

  private Database database;
  private JdbiExpiryWarnings warnings;
  private JdbiAccountRepository accounts;
  private JdbiTransactions transactions;

  /** The database this subclass runs on. */
  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = testDatabase().open(dataDirectory);
    warnings = new JdbiExpiryWarnings(database.jdbi());
    accounts = new JdbiAccountRepository(database.jdbi());
    transactions = new JdbiTransactions(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  protected Database database() {
    return database;
  }

  @Override
  protected ExpiryWarnings expiryWarnings() {
    return warnings;
  }

  @Override
  protected AccountRepository accountRepository() {
    return accounts;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }

  /** Read-committed cannot see the other mark: the key makes the second wait, then refuses it. */
  @Test
  void aMarkNotYetCommittedElsewhereMakesTheSecondFalseOnceItCommits() throws Exception {
    AccountId account = storedAccount();

    CompletableFuture<Boolean> second = markWhileAnotherTransactionHoldsAMark(account, false);

    assertFalse(second.get(30, TimeUnit.SECONDS));
  }

  /** The first instance failed before its warning went out: the next one sends it. */
  @Test
  void aMarkRolledBackElsewhereLeavesTheSecondTheFirst() throws Exception {
    AccountId account = storedAccount();

    CompletableFuture<Boolean> second = markWhileAnotherTransactionHoldsAMark(account, true);

    assertTrue(second.get(30, TimeUnit.SECONDS));
  }

  /**
   * Marks in a transaction of its own, then marks the same password again on another thread while
   * that transaction is still open, and commits it or rolls it back: the second mark's outcome.
   */
  private CompletableFuture<Boolean> markWhileAnotherTransactionHoldsAMark(
      AccountId account, boolean rollBack) throws Exception {
    CountDownLatch firstMarked = new CountDownLatch(1);
    CountDownLatch secondMarking = new CountDownLatch(1);
    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(
            () ->
                transactions.inTransactionReturning(
                    () -> {
                      boolean marked = warnings.markSent(account, SET_AT);
                      firstMarked.countDown();
                      await(secondMarking);
                      pause();
                      if (rollBack) {
                        throw new IllegalStateException("the first instance fails");
                      }
                      return marked;
                    }));
    await(firstMarked);

    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(
            () -> {
              secondMarking.countDown();
              return warnings.markSent(account, SET_AT);
            });

    if (rollBack) {
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> first.get(30, TimeUnit.SECONDS));
      assertEquals(IllegalStateException.class, failed.getCause().getClass());
    } else {
      assertTrue(first.get(30, TimeUnit.SECONDS));
    }
    return second;
  }

  private AccountId storedAccount() {
    Account account =
        Account.issue(
            AccountId.random(),
            new Username("warned." + AccountId.random().toString().substring(0, 8)),
            new DisplayName("Chan Tai Man"),
            new EmailAddress("chan.tm@example.edu"),
            Password.of("Initial-Passw0rd"),
            PasswordPolicy.faq(),
            new FakePasswordHasher(),
            Channel.ADMINISTRATOR,
            SET_AT);
    assertTrue(accounts.addIfAbsent(account));
    return account.id();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "the other transaction never got there");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }

  /** Long enough for the second mark to reach its insert and wait on the key. */
  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }
}
