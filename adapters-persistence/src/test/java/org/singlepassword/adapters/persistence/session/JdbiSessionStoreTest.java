package org.singlepassword.adapters.persistence.session;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.TestDatabase;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.SessionStoreContract;

/**
 * The session store contract, run against a real database and the real SQL, one subclass per
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbiSessionStoreTest extends SessionStoreContract {

  private Database database;
  private JdbiSessionStore sessions;
  private JdbiAccountRepository accounts;

  /** The database this subclass runs on. */
  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = testDatabase().open(dataDirectory);
    sessions = new JdbiSessionStore(database.jdbi());
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
  protected SessionStore sessionStore() {
    return sessions;
  }

  @Override
  protected AccountRepository accountRepository() {
    return accounts;
  }
}
