package org.singlepassword.adapters.persistence;

/** The transactions on PostgreSQL. */
class JdbiTransactionsOnPostgresTest extends JdbiTransactionsTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.POSTGRESQL;
  }
}
