package org.singlepassword.adapters.persistence.sso;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The service tickets on PostgreSQL. */
class JdbiServiceTicketsOnPostgresTest extends JdbiServiceTicketsTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.POSTGRESQL;
  }
}
