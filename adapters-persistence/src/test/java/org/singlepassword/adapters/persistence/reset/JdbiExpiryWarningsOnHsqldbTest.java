package org.singlepassword.adapters.persistence.reset;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The expiry warnings on the embedded HSQLDB file. */
class JdbiExpiryWarningsOnHsqldbTest extends JdbiExpiryWarningsTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.HSQLDB_FILE;
  }
}
