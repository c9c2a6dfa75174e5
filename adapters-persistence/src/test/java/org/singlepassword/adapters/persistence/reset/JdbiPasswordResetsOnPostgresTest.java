package org.singlepassword.adapters.persistence.reset;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The password resets on PostgreSQL. */
class JdbiPasswordResetsOnPostgresTest extends JdbiPasswordResetsTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.POSTGRESQL;
  }
}
