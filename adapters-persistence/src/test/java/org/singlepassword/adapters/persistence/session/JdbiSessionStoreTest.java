package org.singlepassword.adapters.persistence.session;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.SessionStore;
import org.singlepassword.application.port.out.SessionStoreContract;

/** The session store contract, run against the real database file and SQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbiSessionStoreTest extends SessionStoreContract {

  private Database database;
  private JdbiSessionStore sessions;
  private JdbiAccountRepository accounts;

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = Database.openEmbedded(dataDirectory);
    sessions = new JdbiSessionStore(database.jdbi());
    accounts = new JdbiAccountRepository(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
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
