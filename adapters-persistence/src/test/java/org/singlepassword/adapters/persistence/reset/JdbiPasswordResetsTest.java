package org.singlepassword.adapters.persistence.reset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.QueryPlans;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.application.port.out.PasswordResets;
import org.singlepassword.application.port.out.PasswordResetsContract;

/**
 * The password resets contract, run against the real database file and SQL, and the index that
 * finds an account's links.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbiPasswordResetsTest extends PasswordResetsContract {

  private Database database;
  private JdbiPasswordResets resets;
  private JdbiAccountRepository accounts;

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = Database.openEmbedded(dataDirectory);
    resets = new JdbiPasswordResets(database.jdbi());
    accounts = new JdbiAccountRepository(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @Override
  protected PasswordResets passwordResets() {
    return resets;
  }

  @Override
  protected AccountRepository accountRepository() {
    return accounts;
  }

  /** The foreign key's own index, which HSQLDB creates: V6 adds none of its own. */
  @Test
  void readsAnAccountsResetsThroughTheIndexOfItsForeignKey() throws SQLException {
    for (String query :
        List.of(
            JdbiPasswordResets.SELECT_NEWEST_OF_ACCOUNT, JdbiPasswordResets.COUNT_ISSUED_SINCE)) {
      String plan = QueryPlans.explain(database.jdbi(), query);

      assertTrue(plan.contains("index=PASSWORD_RESETS_ACCOUNT_FK"), plan);
    }
  }
}
