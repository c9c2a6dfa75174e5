package org.singlepassword.adapters.persistence.reset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.persistence.QueryPlans;
import org.singlepassword.adapters.persistence.TestDatabase;

/** The password resets on the embedded HSQLDB file, and the index that finds an account's links. */
class JdbiPasswordResetsOnHsqldbTest extends JdbiPasswordResetsTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.HSQLDB_FILE;
  }

  /** The foreign key's own index, which HSQLDB creates: V6 adds none of its own. */
  @Test
  void readsAnAccountsResetsThroughTheIndexOfItsForeignKey() throws SQLException {
    for (String query :
        List.of(
            JdbiPasswordResets.SELECT_NEWEST_OF_ACCOUNT, JdbiPasswordResets.COUNT_ISSUED_SINCE)) {
      String plan = QueryPlans.explain(database().jdbi(), query);

      assertTrue(plan.contains("index=PASSWORD_RESETS_ACCOUNT_FK"), plan);
    }
  }
}
