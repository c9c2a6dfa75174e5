package org.singlepassword.adapters.persistence.account;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The account repository on PostgreSQL. */
class JdbiAccountRepositoryOnPostgresTest extends JdbiAccountRepositoryTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.POSTGRESQL;
  }
}
