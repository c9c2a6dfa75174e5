package org.singlepassword.benchmarks.scale;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.JdbiTransactions;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.password.PasswordHash;
import org.singlepassword.domain.password.PasswordHasher;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * Fills the embedded database with accounts through the persistence adapter, in batches of one
 * transaction each, while the service is stopped. Every account gets the same precomputed hash:
 * hashing a million passwords would measure Argon2, not the database.
 */
final class BulkAccounts {

  private static final int BATCH = 5_000;

  private BulkAccounts() {}

  /** The username of the n-th account. */
  static String username(int n) {
    return String.format("user%07d", n);
  }

  /**
   * Adds accounts {@code from} (inclusive) to {@code to} (exclusive) to the data directory's
   * database.
   */
  static void add(Path dataDir, int from, int to, Password password, PasswordHash precomputed) {
    PasswordHasher hasher = new Precomputed(precomputed);
    PasswordPolicy policy = PasswordPolicy.faq();
    Instant now = Instant.now();
    try (Database database = Database.openEmbedded(dataDir)) {
      Transactions transactions = new JdbiTransactions(database.jdbi());
      AccountRepository accounts = new JdbiAccountRepository(database.jdbi());
      for (int start = from; start < to; start += BATCH) {
        int first = start;
        int end = Math.min(to, start + BATCH);
        transactions.inTransaction(
            () -> {
              for (int n = first; n < end; n++) {
                String username = username(n);
                accounts.addIfAbsent(
                    Account.issue(
                        AccountId.random(),
                        new Username(username),
                        new DisplayName("User " + n),
                        new EmailAddress(username + "@example.edu"),
                        password,
                        policy,
                        hasher,
                        Channel.ADMINISTRATOR,
                        now));
              }
            });
      }
    }
  }

  /** A hasher whose every new hash is the one made beforehand. */
  private record Precomputed(PasswordHash hash) implements PasswordHasher {

    Precomputed {
      Objects.requireNonNull(hash);
    }

    @Override
    public PasswordHash hash(Password password) {
      return hash;
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
      throw new UnsupportedOperationException("only issues accounts");
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
      return false;
    }
  }
}
