package org.singlepassword.domain.eservice;

import java.util.List;
import java.util.Objects;
import org.singlepassword.domain.token.TokenHash;

/**
 * An e-service of the institution (Learner Portal, SOUL, Online Enrolment Services) that signs its
 * users in with their single password. It authenticates to the API with its id and a secret, of
 * which only the hash is kept.
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
    for (String url : serviceUrls) {
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        throw new IllegalArgumentException("a service URL starts with https:// or http://: " + url);
      }
    }
  }
}
