package org.singlepassword.application.port.in.sso;

import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.eservice.ServiceUrl;

/**
 * A signed-in person on the way to an e-service's address; {@code fromCredentials} when they have
 * just typed their password (rather than arriving with single sign-on).
 */
public record IssueServiceTicketCommand(
    AccountId accountId,
    ServiceUrl service,
    boolean fromCredentials,
    Optional<ClientAddress> clientAddress) {

  public IssueServiceTicketCommand {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(clientAddress, "clientAddress");
  }
}
