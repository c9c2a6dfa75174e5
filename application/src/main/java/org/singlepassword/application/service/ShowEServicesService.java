package org.singlepassword.application.service;

import java.util.List;
import java.util.Objects;
import org.singlepassword.application.port.in.eservice.EServiceDetails;
import org.singlepassword.application.port.in.eservice.EServiceNotFoundException;
import org.singlepassword.application.port.in.eservice.ShowEServicesUseCase;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.eservice.EServiceId;

/** Use case: an administrator looks at the registered e-services, never at their secrets. */
public final class ShowEServicesService implements ShowEServicesUseCase {

  private final Transactions transactions;
  private final EServiceRegistry registry;

  public ShowEServicesService(Transactions transactions, EServiceRegistry registry) {
    this.transactions = Objects.requireNonNull(transactions);
    this.registry = Objects.requireNonNull(registry);
  }

  @Override
  public List<EServiceDetails> listEServices() {
    return transactions.inTransactionReturning(
        () -> registry.list().stream().map(EServiceDetails::of).toList());
  }

  @Override
  public EServiceDetails showEService(EServiceId id) {
    return transactions.inTransactionReturning(
        () ->
            registry
                .find(id)
                .map(EServiceDetails::of)
                .orElseThrow(() -> new EServiceNotFoundException(id)));
  }
}
