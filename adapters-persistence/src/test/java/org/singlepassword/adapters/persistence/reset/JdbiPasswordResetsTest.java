package org.singlepassword.adapters.persistence.reset;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.TestDatabase;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.application.port.out.PasswordResetsContract;

/**
 * The password resets contract, run against a real database and the real SQL. One subclass per
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbiPasswordResetsTest extends PasswordResetsContract {

  private Database database;
  private JdbiPasswordResets resets;
  private JdbiAccountRepository accounts;

  /** The database this subclass runs on. */
  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = testDatabase().open(dataDirectory);
    resets = new JdbiPasswordResets(database.jdbi());
    accounts = new JdbiAccountRepository(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  protected Database database() {
    return database;
  }

  @Override
  protected PasswordResets passwordResets() {
    return resets;
  }

  @Override
  protected AccountRepository accountRepository() {
    return accounts;
  }
}
