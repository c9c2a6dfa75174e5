package org.singlepassword.adapters.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * The child process of {@link DurabilityTest}: adds accounts one by one and prints "acknowledged
 * <username>" after each commit, until it is killed. It stops by itself after a while, or when its
 * output is no longer read, so that it never outlives a test run that failed.
 */
public final class DurabilityWriter {

  static final String ACKNOWLEDGED = "acknowledged ";
  private static final int MOST_ACCOUNTS = 100_000;
  private static final Duration MOST_TIME = Duration.ofMinutes(2);

  private DurabilityWriter() {}

  public static void main(String[] arguments) {
    Database database = Database.openEmbedded(Path.of(arguments[0]));
    JdbiTransactions transactions = new JdbiTransactions(database.jdbi());
    JdbiAccountRepository accounts = new JdbiAccountRepository(database.jdbi());
    FakePasswordHasher hasher = new FakePasswordHasher();
    Instant deadline = Instant.now().plus(MOST_TIME);
    for (int number = 0; number < MOST_ACCOUNTS && Instant.now().isBefore(deadline); number++) {
      Account account = account(number, hasher);
      if (!transactions.inTransactionReturning(() -> accounts.addIfAbsent(account))) {
        throw new IllegalStateException("not added: " + account.username());
      }
      System.out.println(ACKNOWLEDGED + account.username());
      if (System.out.checkError()) {
        break;
      }
    }
    database.close();
  }

  private static Account account(int number, FakePasswordHasher hasher) {
    return Account.issue(
        AccountId.random(),
        new Username("durable." + number),
        new DisplayName("Durable Account " + number),
        new EmailAddress("durable." + number + "@example.edu"),
        Password.of("Initial-Passw0rd"),
        PasswordPolicy.faq(),
        hasher,
        Channel.ADMINISTRATOR,
        Instant.parse("2025-01-06T09:00:00Z"));
  }
}
