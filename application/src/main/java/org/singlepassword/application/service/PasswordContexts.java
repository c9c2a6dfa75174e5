package org.singlepassword.application.service;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.singlepassword.application.port.out.EServiceRegistry;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.policy.PasswordContext;

/**
 * Inside the use cases: what the policy may compare a new password with, the person's own data and
 * every registered e-service's name and id (the words anyone at the institution would try first).
 */
final class PasswordContexts {

  private final EServiceRegistry eServices;

  PasswordContexts(EServiceRegistry eServices) {
    this.eServices = Objects.requireNonNull(eServices, "eServices");
  }

  /** An existing account's context; the account adds its current password itself, once verified. */
  PasswordContext of(Account account) {
    return account.passwordContext().withEServices(eServiceWords());
  }

  /** The context of a person whose account is being created. */
  PasswordContext ofNewAccount(Username username, DisplayName displayName, EmailAddress email) {
    return PasswordContext.of(username.value(), displayName.value(), email.value())
        .withEServices(eServiceWords());
  }

  private List<String> eServiceWords() {
    return eServices.list().stream()
        .flatMap(eService -> Stream.of(eService.name(), eService.id().value()))
        .toList();
  }
}
