package org.singlepassword.adapters.persistence.eservice;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.EServiceRegistryContract;

/** The e-service registry contract, run against the real database file and SQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbiEServiceRegistryTest extends EServiceRegistryContract {

  private Database database;
  private JdbiEServiceRegistry registry;

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = Database.openEmbedded(dataDirectory);
    registry = new JdbiEServiceRegistry(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  @Override
  protected EServiceRegistry eServiceRegistry() {
    return registry;
  }
}
