package org.singlepassword.domain.eservice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.token.TokenHash;

/**
 * An e-service of the institution (Learner Portal, SOUL, Online Enrolment Services) that signs its
 * users in with their single password. It authenticates to the API with its id and a secret, of
 * which only the hash is kept. People are sent back to it only at the addresses it registered:
 * exact ones, or prefixes ending in {@code *} (see {@link ServiceUrlPattern}).
 */
public record EService(
    EServiceId id, String name, List<String> serviceUrls, TokenHash secretHash, boolean enabled) {

  public EService {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(secretHash, "secretHash");
    name = name.strip();
    if (name.isEmpty()
        || name.length() > 100
        || name.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("an e-service name has 1 to 100 printable characters");
    }
    serviceUrls = List.copyOf(serviceUrls);
    serviceUrls.forEach(ServiceUrlPattern::new);
  }

  /** Whether this e-service may have people sent back to the address after signing in. */
  public boolean accepts(ServiceUrl url) {
    return mostSpecificMatch(url).isPresent();
  }

  /**
   * Its registration that says most about the address, if any matches: how it ranks against another
   * e-service's registration that matches the same address.
   */
  public Optional<ServiceUrlPattern> mostSpecificMatch(ServiceUrl url) {
    Objects.requireNonNull(url, "url");
    return serviceUrls.stream()
        .map(ServiceUrlPattern::new)
        .filter(pattern -> pattern.matches(url))
        .min(ServiceUrlPattern.MOST_SPECIFIC_FIRST);
  }

  /** The same e-service, known from now on by a new secret; the old one stops working. */
  public EService withSecret(TokenHash newSecretHash) {
    return new EService(id, name, serviceUrls, newSecretHash, enabled);
  }

  /** The same e-service, allowed or refused from now on. */
  public EService withEnabled(boolean nowEnabled) {
    return new EService(id, name, serviceUrls, secretHash, nowEnabled);
  }
}
