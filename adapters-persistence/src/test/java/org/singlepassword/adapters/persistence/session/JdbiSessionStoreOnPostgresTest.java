package org.singlepassword.adapters.persistence.session;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The session store on PostgreSQL. */
class JdbiSessionStoreOnPostgresTest extends JdbiSessionStoreTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.POSTGRESQL;
  }
}
