package org.singlepassword.adapters.persistence.eservice;

import org.singlepassword.adapters.persistence.TestDatabase;

/** The e-service registry on PostgreSQL. */
class JdbiEServiceRegistryOnPostgresTest extends JdbiEServiceRegistryTest {

  @Override
  protected TestDatabase testDatabase() {
    return TestDatabase.POSTGRESQL;
  }
}
