package org.singlepassword.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.port.out.StoreUnavailableException;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * The PostgreSQL server going away and coming back while the service runs: calls fail within a few
 * seconds as an unavailable store, not as an SQL error or a hang, and succeed again once it is
 * back, on the same pool, without reopening anything.
 */
class DatabaseOutageTest {

  /** The pool's wait for a connection (5 s), and some slack for a slow machine. */
  private static final Duration MOST_WAIT = Duration.ofSeconds(10);

  @Test
  void aStoppedServerIsAnUnavailableStoreUntilItIsBack(@TempDir Path serverFiles) {
    try (TestPostgres server = TestPostgres.startOwn(serverFiles);
        Database database = server.newDatabase().open()) {
      JdbiAccountRepository accounts = new JdbiAccountRepository(database.jdbi());
      JdbiTransactions transactions = new JdbiTransactions(database.jdbi());
      Account account = account();
      assertTrue(accounts.addIfAbsent(account));

      server.stop();
      Instant asked = Instant.now();
      assertThrows(
          StoreUnavailableException.class,
          () -> transactions.inTransaction(() -> accounts.findById(account.id())));
      Duration waited = Duration.between(asked, Instant.now());
      assertTrue(waited.compareTo(MOST_WAIT) < 0, "waited " + waited);

      server.startAgain();
      assertEquals(account.username(), untilAvailable(accounts, account.id()).username(), "back");
    }
  }

  /** The account once the store answers, every failure before that an unavailable store. */
  private static Account untilAvailable(JdbiAccountRepository accounts, AccountId id) {
    Instant deadline = Instant.now().plus(MOST_WAIT);
    while (true) {
      try {
        return accounts.findById(id).orElseThrow();
      } catch (StoreUnavailableException stillDown) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("still unavailable after " + MOST_WAIT, stillDown);
        }
      }
    }
  }

  private static Account account() {
    return Account.issue(
        AccountId.random(),
        new Username("outage.survivor"),
        new DisplayName("Chan Tai Man"),
        new EmailAddress("chan.tm@example.edu"),
        Password.of("Initial-Passw0rd"),
        PasswordPolicy.faq(),
        new FakePasswordHasher(),
        Channel.ADMINISTRATOR,
        Instant.parse("2025-01-06T09:00:00Z"));
  }
}
