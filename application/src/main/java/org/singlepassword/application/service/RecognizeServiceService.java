package org.singlepassword.application.service;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.application.port.in.sso.RecognizeServiceUseCase;
import org.singlepassword.application.port.in.sso.RecognizedService;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.eservice.ServiceUrl;

/**
 * Use case: before the sign-in page shows, does the address CAS is asked to send the person back to
 * belong to an enabled e-service? Anything else is refused, so the page redirects nowhere else.
 */
public final class RecognizeServiceService implements RecognizeServiceUseCase {

  private final Transactions transactions;
  private final EServiceRegistry registry;

  public RecognizeServiceService(Transactions transactions, EServiceRegistry registry) {
    this.transactions = Objects.requireNonNull(transactions);
    this.registry = Objects.requireNonNull(registry);
  }

  @Override
  public Optional<RecognizedService> recognizeService(ServiceUrl url) {
    Objects.requireNonNull(url, "url");
    return transactions.inTransactionReturning(
        () ->
            EServices.forAddress(registry.list(), url)
                .map(eService -> new RecognizedService(url, eService.id(), eService.name())));
  }
}
