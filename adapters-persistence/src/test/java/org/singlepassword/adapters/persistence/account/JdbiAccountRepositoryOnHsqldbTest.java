package org.singlepassword.adapters.persistence.account;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.persistence.QueryPlans;
import org.singlepassword.adapters.persistence.TestDatabase;

/** The account repository on the embedded HSQLDB file, and the indexes its queries read. */
class JdbiAccountRepositoryOnHsqldbTest extends JdbiAccountRepositoryTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.HSQLDB_FILE;
  }

  /** The reset by address and the daily expiry run each read the index added for them. */
  @Test
  void findsByAddressAndByWhenThePasswordWasSetThroughTheirIndexes() throws SQLException {
    String byEmail =
        QueryPlans.explain(database().jdbi(), JdbiAccountRepository.SELECT_BY_EMAIL_WITH_HISTORY);
    String byPasswordSet =
        QueryPlans.explain(
            database().jdbi(), JdbiAccountRepository.SELECT_PASSWORD_SET_BETWEEN_WITH_HISTORY);

    assertTrue(byEmail.contains("index=ACCOUNTS_EMAIL_KEY"), byEmail);
    assertTrue(byPasswordSet.contains("index=ACCOUNTS_PASSWORD_CHANGED_AT"), byPasswordSet);
    // Each account's earlier passwords are looked up by key, not by a scan per account.
    assertTrue(byEmail.contains("index=PASSWORD_HISTORY_PK"), byEmail);
  }
}
