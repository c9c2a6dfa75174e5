package org.singlepassword.application.fakes;

import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.EServiceRegistryContract;

/** The e-service registry contract, run against the in-memory fake the use case tests rely on. */
class InMemoryEServiceRegistryContractTest extends EServiceRegistryContract {

  private final InMemoryEServiceRegistry registry = new InMemoryEServiceRegistry();

  @Override
  protected EServiceRegistry eServiceRegistry() {
    return registry;
  }
}
