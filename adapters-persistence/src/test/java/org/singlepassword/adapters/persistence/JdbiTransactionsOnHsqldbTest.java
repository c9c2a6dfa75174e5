package org.singlepassword.adapters.persistence;

/** The transactions on the embedded HSQLDB file. */
class JdbiTransactionsOnHsqldbTest extends JdbiTransactionsTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.HSQLDB_FILE;
  }
}
