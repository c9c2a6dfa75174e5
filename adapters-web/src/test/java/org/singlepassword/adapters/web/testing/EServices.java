package org.singlepassword.adapters.web.testing;

import java.util.Optional;
import org.singlepassword.application.port.in.eservice.AuthenticateEServiceUseCase;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/** The one e-service the tests know, SOUL, and its credentials. */
public final class EServices {

  public static final EServiceId SOUL = new EServiceId("soul");
  public static final String SOUL_SECRET = "soul-secret-0123456789";

  /** Learner Portal is registered but disabled: the use case does not authenticate it. */
  public static final String DISABLED = "learner-portal";

  public static final String DISABLED_SECRET = "portal-secret-0123456789";

  private EServices() {}

  /** Authenticates SOUL with its secret, and nobody else. */
  public static AuthenticateEServiceUseCase onlySoul() {
    return (id, secret) ->
        id.equals(SOUL) && SecretToken.of(SOUL_SECRET).hash().matches(secret)
            ? Optional.of(id)
            : Optional.empty();
  }

  /** The Authorization header SOUL sends. */
  public static String soulCredentials() {
    return ApiClient.basic(SOUL.value(), SOUL_SECRET);
  }
}
