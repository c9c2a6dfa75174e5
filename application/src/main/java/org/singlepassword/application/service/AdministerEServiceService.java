package org.singlepassword.application.service;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.application.port.in.eservice.AdministerEServiceUseCase;
import org.singlepassword.application.port.in.eservice.EServiceAction;
import org.singlepassword.application.port.in.eservice.EServiceNotFoundException;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/**
 * Use case: an administrator disables or enables an e-service, or issues it a new API secret. A
 * disabled e-service's API calls and CAS tickets are refused from the next request on; a new secret
 * replaces the old at once, and only its hash is kept.
 */
public final class AdministerEServiceService implements AdministerEServiceUseCase {

  private final Transactions transactions;
  private final EServiceRegistry registry;
  private final SecureRandom random;

  public AdministerEServiceService(
      Transactions transactions, EServiceRegistry registry, SecureRandom random) {
    this.transactions = Objects.requireNonNull(transactions);
    this.registry = Objects.requireNonNull(registry);
    this.random = Objects.requireNonNull(random);
  }

  @Override
  public void administerEService(EServiceId id, EServiceAction action) {
    Objects.requireNonNull(action, "action");
    change(id, eService -> eService.withEnabled(action == EServiceAction.ENABLE));
  }

  @Override
  public RegisteredEService rotateSecret(EServiceId id) {
    SecretToken secret = SecretToken.generate(random);
    change(id, eService -> eService.withSecret(secret.hash()));
    return new RegisteredEService(id, secret);
  }

  private void change(EServiceId id, UnaryOperator<EService> change) {
    Objects.requireNonNull(id, "id");
    transactions.inTransaction(
        () -> {
          EService eService =
              registry.find(id).orElseThrow(() -> new EServiceNotFoundException(id));
          if (!registry.update(change.apply(eService))) {
            throw new EServiceNotFoundException(id);
          }
        });
  }
}
