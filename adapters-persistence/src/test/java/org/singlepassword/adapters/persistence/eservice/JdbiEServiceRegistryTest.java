package org.singlepassword.adapters.persistence.eservice;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.Database;
import org.singlepassword.adapters.persistence.TestDatabase;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.EServiceRegistryContract;

/**
 * The e-service registry contract, run against a real database and the real SQL, one subclass per
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbiEServiceRegistryTest extends EServiceRegistryContract {

  private Database database;
  private JdbiEServiceRegistry registry;

  /** The database this subclass runs on. */
  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void openDatabase(@TempDir Path dataDirectory) {
    database = testDatabase().open(dataDirectory);
    registry = new JdbiEServiceRegistry(database.jdbi());
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }

  protected Database database() {
    return database;
  }

  @Override
  protected EServiceRegistry eServiceRegistry() {
    return registry;
  }
}
