package org.singlepassword.adapters.persistence.eservice;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The e-service registry on the embedded HSQLDB file. */
class JdbiEServiceRegistryOnHsqldbTest extends JdbiEServiceRegistryTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.HSQLDB_FILE;
  }
}
