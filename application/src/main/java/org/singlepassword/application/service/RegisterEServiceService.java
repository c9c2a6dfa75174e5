package org.singlepassword.application.service;

import java.security.SecureRandom;
import java.util.Objects;
import org.singlepassword.application.port.in.admin.EServiceAlreadyExistsException;
import org.singlepassword.application.port.in.admin.RegisterEServiceCommand;
import org.singlepassword.application.port.in.admin.RegisterEServiceUseCase;
import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.application.port.out.Transactions;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.token.SecretToken;

/** Use case: register an e-service and issue its API secret, kept only as a hash. */
public final class RegisterEServiceService implements RegisterEServiceUseCase {

  private final Transactions transactions;
  private final EServiceRegistry registry;
  private final SecureRandom random;

  public RegisterEServiceService(
      Transactions transactions, EServiceRegistry registry, SecureRandom random) {
    this.transactions = Objects.requireNonNull(transactions);
    this.registry = Objects.requireNonNull(registry);
    this.random = Objects.requireNonNull(random);
  }

  @Override
  public RegisteredEService registerEService(RegisterEServiceCommand command) {
    SecretToken secret = SecretToken.generate(random);
    EService eService =
        new EService(command.id(), command.name(), command.serviceUrls(), secret.hash(), true);
    transactions.inTransaction(
        () -> {
          if (!registry.addIfAbsent(eService)) {
            throw new EServiceAlreadyExistsException(command.id());
          }
        });
    return new RegisteredEService(command.id(), secret);
  }
}
