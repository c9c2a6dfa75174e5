package org.singlepassword.adapters.persistence.reset;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The expiry warnings on PostgreSQL. */
class JdbiExpiryWarningsOnPostgresTest extends JdbiExpiryWarningsTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.POSTGRESQL;
  }
}
