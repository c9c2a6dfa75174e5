package org.singlepassword.adapters.persistence.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
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
import org.singlepassword.application.port.out.ServiceTickets;
import org.singlepassword.application.port.out.ServiceTicketsContract;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.eservice.ServiceUrl;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.sso.ServiceTicket;
import org.singlepassword.domain.token.SecretToken;

/**
 * The service tickets contract, run against a real database and the real SQL. One subclass per
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbiServiceTicketsTest extends ServiceTicketsContract {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");

  private Database database;
  private JdbiServiceTickets tickets;
  private JdbiAccountRepository accounts;
  private JdbiTransactions transactions;

  /** The database this subclass runs on. */
  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = testDatabase().open(dataDirectory);
    tickets = new JdbiServiceTickets(database.jdbi());
    accounts = new JdbiAccountRepository(database.jdbi());
    transactions = new JdbiTransactions(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @Override
  protected ServiceTickets serviceTickets() {
    return tickets;
  }

  @Override
  protected AccountRepository accountRepository() {
    return accounts;
  }

  @Override
  protected Transactions transactions() {
    return transactions;
  }

  /**
   * A take is undone with the transaction it joined: why the validation commits the take before it
   * refuses a ticket, rather than throw out of the transaction.
   */
  @Test
  void aTakeRolledBackWithItsTransactionLeavesTheTicket() {
    Account account =
        Account.issue(
            AccountId.random(),
            new Username("rollback." + UUID.randomUUID().toString().substring(0, 8)),
            new DisplayName("Chan Tai Man"),
            new EmailAddress("chan.tm@example.edu"),
            Password.of("Initial-Passw0rd"),
            PasswordPolicy.faq(),
            new FakePasswordHasher(),
            Channel.ADMINISTRATOR,
            NOW);
    accounts.addIfAbsent(account);
    ServiceTicket ticket =
        ServiceTicket.issue(
            SecretToken.generate(new SecureRandom()).hash(),
            account.id(),
            new EServiceId("soul"),
            new ServiceUrl("https://soul.example.edu/cas/login"),
            false,
            ServiceTicket.DEFAULT_LIFETIME,
            NOW);
    tickets.add(ticket);

    assertThrows(
        IllegalStateException.class,
        () ->
            transactions.inTransaction(
                () -> {
                  assertEquals(Optional.of(ticket), tickets.take(ticket.id()));
                  throw new IllegalStateException("refused after the take");
                }));

    assertEquals(Optional.of(ticket), tickets.take(ticket.id()));
  }

  protected Database database() {
    return database;
  }
}
