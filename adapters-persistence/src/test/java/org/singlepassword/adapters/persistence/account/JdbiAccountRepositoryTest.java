package org.singlepassword.adapters.persistence.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.JdbiTransactions;
import org.singlepassword.adapters.persistence.SqlStates;
import org.singlepassword.adapters.persistence.TestDatabase;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.AccountRepositoryContract;
import org.singlepassword.application.port.out.StaleAccountException;
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
 * The account repository contract, run against a real database and the real SQL, and the ways a
 * database reports a lost race, each of which must reach the use case as the port's own outcome.
 * One subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbiAccountRepositoryTest extends AccountRepositoryContract {

  private static final Password INITIAL = Password.of("Initial-Passw0rd");
  private static final Instant NOW = Instant.parse("2025-01-06T09:00:00Z");
  private static final PasswordPolicy POLICY = PasswordPolicy.faq();

  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private Database database;
  private JdbiAccountRepository repository;
  private JdbiTransactions transactions;

  /** The database this subclass runs on. */
  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = testDatabase().open(dataDirectory);
    repository = new JdbiAccountRepository(database.jdbi());
    transactions = new JdbiTransactions(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @Override
  protected AccountRepository accountRepository() {
    return repository;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }

  protected Database database() {
    return database;
  }

  /** A serializable reader cannot save over a row committed since it began: 40001 on both. */
  @Test
  void aSerializationFailureReachesTheCallerAsAStaleAccount() {
    Account account = issue(newUsername());
    repository.addIfAbsent(account);

    StaleAccountException stale =
        assertThrows(
            StaleAccountException.class,
            () ->
                database
                    .jdbi()
                    .useTransaction(
                        TransactionIsolationLevel.SERIALIZABLE,
                        handle -> {
                          Account read = repository.findById(account.id()).orElseThrow();
                          changeOnAnotherThread(account.id());
                          changePassword(read, "Here-Passw0rd");
                          repository.update(read);
                        }));

    assertTrue(SqlStates.isWriteConflict(stale), "translated from the database's conflict");
    assertEquals(1, repository.findById(account.id()).orElseThrow().state().version());
  }

  /** Read-committed: the check cannot see the other insert, so the unique key has to catch it. */
  @Test
  void aUsernameTakenByAnUncommittedAccountIsRefusedOnceThatCommits() throws Exception {
    Username username = newUsername();
    CountDownLatch firstAdded = new CountDownLatch(1);
    CountDownLatch secondAdding = new CountDownLatch(1);
    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(
            () ->
                transactions.inTransactionReturning(
                    () -> {
                      boolean added = repository.addIfAbsent(issue(username));
                      firstAdded.countDown();
                      await(secondAdding);
                      pause();
                      return added;
                    }));
    await(firstAdded);

    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(
            () -> {
              secondAdding.countDown();
              return repository.addIfAbsent(issue(username));
            });

    assertTrue(first.get(30, TimeUnit.SECONDS));
    assertFalse(second.get(30, TimeUnit.SECONDS));
  }

  private void changeOnAnotherThread(AccountId id) throws Exception {
    CompletableFuture.runAsync(
            () -> {
              Account read = repository.findById(id).orElseThrow();
              changePassword(read, "Elsewhere-Passw0rd");
              repository.update(read);
            })
        .get(30, TimeUnit.SECONDS);
  }

  private void changePassword(Account account, String replacement) {
    account.changePassword(
        INITIAL, Password.of(replacement), POLICY, hasher, Channel.WEB_FORM, NOW);
  }

  private Account issue(Username username) {
    return Account.issue(
        AccountId.random(),
        username,
        new DisplayName("Chan Tai Man"),
        new EmailAddress("chan.tm@example.edu"),
        INITIAL,
        POLICY,
        hasher,
        Channel.ADMINISTRATOR,
        NOW);
  }

  private static Username newUsername() {
    return new Username("race." + UUID.randomUUID().toString().substring(0, 8));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(30, TimeUnit.SECONDS), "the other transaction never got there");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }

  /** Long enough for the second transaction to reach its insert and wait on the unique key. */
  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(interrupted);
    }
  }
}
