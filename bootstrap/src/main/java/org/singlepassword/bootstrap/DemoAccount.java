package org.singlepassword.bootstrap;

import java.util.Optional;
import org.singlepassword.application.port.in.admin.AccountAlreadyExistsException;
import org.singlepassword.application.port.in.admin.ProvisionAccountCommand;
import org.singlepassword.application.port.in.admin.ProvisionAccountUseCase;
import org.singlepassword.application.port.in.admin.ProvisionedAccount;
import org.singlepassword.application.port.out.AccountRepository;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;

/**
 * A first start makes one account to try the service with at once: {@code demo}, with an issued
 * initial password that must be changed at the first sign-in, as every provisioned account's.
 * {@code SPS_DEMO_ACCOUNT=false} turns it off for production.
 */
final class DemoAccount {

  static final Username USERNAME = new Username("demo");

  private DemoAccount() {}

  /** The demo account made now, or empty when it existed already. */
  static Optional<ProvisionedAccount> createIfAbsent(
      AccountRepository accounts, ProvisionAccountUseCase provision) {
    if (accounts.findByUsername(USERNAME).isPresent()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          provision.provisionAccount(
              new ProvisionAccountCommand(
                  USERNAME,
                  new EmailAddress("demo@example.edu"),
                  new DisplayName("Demo Learner"),
                  Optional.empty())));
    } catch (AccountAlreadyExistsException racedByAnotherInstance) {
      return Optional.empty();
    }
  }
}
