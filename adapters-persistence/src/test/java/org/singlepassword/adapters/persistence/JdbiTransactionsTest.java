package org.singlepassword.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * A use case's transaction on the real database: all or nothing, with nested calls on the same
 * thread (a repository's own transaction among them) joining the outer one, not committing early.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbiTransactionsTest {

  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private Database database;
  private JdbiTransactions transactions;
  private JdbiAccountRepository accounts;

  /** The database this subclass runs on. */
  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = testDatabase().open(dataDirectory);
    transactions = new JdbiTransactions(database.jdbi());
    accounts = new JdbiAccountRepository(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  protected Database database() {
    return database;
  }

  @Test
  void anInnerWriteIsRolledBackWhenTheOuterThrows() {
    Account account = newAccount();

    assertThrows(
        IllegalStateException.class,
        () ->
            transactions.inTransaction(
                () -> {
                  transactions.inTransaction(() -> accounts.addIfAbsent(account));
                  throw new IllegalStateException("the use case failed after the inner write");
                }));

    assertTrue(accounts.findById(account.id()).isEmpty());
  }

  @Test
  void anInnerWriteIsInvisibleToOthersUntilTheOuterCommits() {
    Account account = newAccount();

    Optional<Account> seenByOthersMeanwhile =
        transactions.inTransactionReturning(
            () -> {
              transactions.inTransaction(() -> accounts.addIfAbsent(account));
              return CompletableFuture.supplyAsync(() -> accounts.findById(account.id()))
                  .orTimeout(30, TimeUnit.SECONDS)
                  .join();
            });

    assertTrue(seenByOthersMeanwhile.isEmpty(), "the inner transaction committed early");
    assertTrue(accounts.findById(account.id()).isPresent());
  }

  @Test
  void returnsWhatTheWorkReturnsOnceCommitted() {
    Account account = newAccount();

    AccountId added =
        transactions.inTransactionReturning(
            () -> {
              accounts.addIfAbsent(account);
              return account.id();
            });

    assertEquals(account.id(), added);
    assertEquals(account.username(), accounts.findById(added).orElseThrow().username());
  }

  private Account newAccount() {
    return Account.issue(
        AccountId.random(),
        new Username("tx." + UUID.randomUUID().toString().substring(0, 8)),
        new DisplayName("Chan Tai Man"),
        new EmailAddress("chan.tm@example.edu"),
        Password.of("Initial-Passw0rd"),
        PasswordPolicy.faq(),
        hasher,
        Channel.ADMINISTRATOR,
        Instant.parse("2025-01-06T09:00:00Z"));
  }
}
