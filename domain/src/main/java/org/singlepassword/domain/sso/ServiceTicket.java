package org.singlepassword.domain.sso;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.eservice.ServiceUrl;
import org.singlepassword.domain.token.TokenHash;

/**
 * A CAS service ticket: proof, for one e-service at one address, that a person signed in. Known by
 * the hash of its random token; good once, for seconds, and only for the address it was issued for.
 * {@code fromCredentials} says whether the person typed the password for it (CAS's {@code renew})
 * rather than arriving signed in already (single sign-on).
 */
public record ServiceTicket(
    TokenHash id,
    AccountId accountId,
    EServiceId eServiceId,
    ServiceUrl service,
    Instant issuedAt,
    Instant validUntil,
    boolean fromCredentials) {

  /** 10 seconds, as the CAS protocol recommends: a redirect and one validation call. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(10);

  public ServiceTicket {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(eServiceId, "eServiceId");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(validUntil, "validUntil");
    if (!validUntil.isAfter(issuedAt)) {
      throw new IllegalArgumentException("a service ticket must be valid for some time");
    }
  }

  /** A ticket issued now, valid for {@code lifetime}. */
  public static ServiceTicket issue(
      TokenHash id,
      AccountId accountId,
      EServiceId eServiceId,
      ServiceUrl service,
      boolean fromCredentials,
      Duration lifetime,
      Instant now) {
    return new ServiceTicket(
        id, accountId, eServiceId, service, now, now.plus(lifetime), fromCredentials);
  }

  /** Whether the ticket still works at {@code now}. */
  public boolean isValidAt(Instant now) {
    return now.isBefore(validUntil);
  }

  /** Whether an e-service presenting it at {@code presentedFor} is the one it was issued for. */
  public boolean isFor(String presentedFor) {
    return service.value().equals(presentedFor);
  }
}
