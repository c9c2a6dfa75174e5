package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.InMemoryEServiceRegistry;
import org.singlepassword.application.port.in.admin.RegisterEServiceCommand;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/** Each API call: is the caller the registered, enabled e-service it says it is? */
class AuthenticateEServiceServiceTest {

  private static final EServiceId SOUL = new EServiceId("soul");
  private static final EServiceId PORTAL = new EServiceId("learner-portal");

  private final SecureRandom random = new SecureRandom();
  private final InMemoryEServiceRegistry registry = new InMemoryEServiceRegistry();
  private final AuthenticateEServiceService service = new AuthenticateEServiceService(registry);
  private SecretToken soulSecret;
  private SecretToken portalSecret;

  @BeforeEach
  void registerSoulAndThePortal() {
    RegisterEServiceService register =
        new RegisterEServiceService(new DirectTransactions(), registry, random);
    soulSecret =
        register.registerEService(new RegisterEServiceCommand(SOUL, "SOUL", List.of())).secret();
    portalSecret =
        register
            .registerEService(new RegisterEServiceCommand(PORTAL, "Learner Portal", List.of()))
            .secret();
  }

  @Test
  void recognisesAnEServiceByItsRightSecret() {
    assertEquals(Optional.of(SOUL), service.authenticateEService(SOUL, soulSecret));
    assertEquals(
        Optional.of(SOUL), service.authenticateEService(SOUL, SecretToken.of(soulSecret.reveal())));
  }

  @Test
  void refusesAWrongSecret() {
    assertEquals(
        Optional.empty(), service.authenticateEService(SOUL, SecretToken.generate(random)));
    assertEquals(Optional.empty(), service.authenticateEService(SOUL, SecretToken.of("")));
  }

  @Test
  void refusesAnotherEServicesSecret() {
    assertEquals(Optional.empty(), service.authenticateEService(SOUL, portalSecret));
  }

  @Test
  void refusesAnUnknownId() {
    assertEquals(Optional.empty(), service.authenticateEService(new EServiceId("oes"), soulSecret));
  }

  @Test
  void refusesADisabledEServiceEvenWithItsRightSecret() {
    SecretToken secret = SecretToken.generate(random);
    EServiceId retired = new EServiceId("retired");
    registry.addIfAbsent(new EService(retired, "Retired", List.of(), secret.hash(), false));

    assertEquals(Optional.empty(), service.authenticateEService(retired, secret));
  }
}
