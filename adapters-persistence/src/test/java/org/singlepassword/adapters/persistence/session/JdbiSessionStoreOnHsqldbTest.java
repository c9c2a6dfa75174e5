package org.singlepassword.adapters.persistence.session;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The session store on the embedded HSQLDB file. */
class JdbiSessionStoreOnHsqldbTest extends JdbiSessionStoreTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.HSQLDB_FILE;
  }
}
