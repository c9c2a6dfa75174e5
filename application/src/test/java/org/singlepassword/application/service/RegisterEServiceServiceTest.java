package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.fakes.InMemoryEServiceRegistry;
import org.singlepassword.application.port.in.admin.EServiceAlreadyExistsException;
import org.singlepassword.application.port.in.admin.RegisterEServiceCommand;
import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;

/** An administrator registers an e-service (SOUL, Learner Portal…) and hands it its API secret. */
class RegisterEServiceServiceTest {

  private static final EServiceId SOUL = new EServiceId("soul");
  private static final List<String> SOUL_URLS = List.of("https://soul.example.edu/");

  private final InMemoryEServiceRegistry registry = new InMemoryEServiceRegistry();
  private final RegisterEServiceService service =
      new RegisterEServiceService(new DirectTransactions(), registry, new SecureRandom());

  @Test
  void registersAnEnabledEServiceWithItsNameAndUrls() {
    service.registerEService(new RegisterEServiceCommand(SOUL, " SOUL ", SOUL_URLS));

    EService stored = registry.find(SOUL).orElseThrow();
    assertEquals("SOUL", stored.name());
    assertEquals(SOUL_URLS, stored.serviceUrls());
    assertTrue(stored.enabled());
  }

  @Test
  void keepsOnlyTheHashOfTheSecretItHandsOut() {
    RegisteredEService registered =
        service.registerEService(new RegisterEServiceCommand(SOUL, "SOUL", SOUL_URLS));

    EService stored = registry.find(SOUL).orElseThrow();
    assertEquals(SOUL, registered.id());
    assertTrue(stored.secretHash().matches(registered.secret()));
    assertNotEquals(registered.secret().reveal(), stored.secretHash().value());
    assertFalse(stored.toString().contains(registered.secret().reveal()));
  }

  @Test
  void handsEachEServiceADifferentSecret() {
    RegisteredEService soul =
        service.registerEService(new RegisterEServiceCommand(SOUL, "SOUL", SOUL_URLS));
    RegisteredEService portal =
        service.registerEService(
            new RegisterEServiceCommand(
                new EServiceId("learner-portal"), "Learner Portal", List.of()));

    assertNotEquals(soul.secret().reveal(), portal.secret().reveal());
  }

  @Test
  void refusesATakenIdAndKeepsTheFirstSecret() {
    RegisteredEService first =
        service.registerEService(new RegisterEServiceCommand(SOUL, "SOUL", SOUL_URLS));

    EServiceAlreadyExistsException refusal =
        assertThrows(
            EServiceAlreadyExistsException.class,
            () ->
                service.registerEService(new RegisterEServiceCommand(SOUL, "Impostor", List.of())));

    assertEquals(SOUL, refusal.id());
    EService stored = registry.find(SOUL).orElseThrow();
    assertEquals("SOUL", stored.name());
    assertTrue(stored.secretHash().matches(first.secret()));
  }

  @Test
  void refusesAServiceUrlThatIsNotHttpAndRegistersNothing() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            service.registerEService(
                new RegisterEServiceCommand(SOUL, "SOUL", List.of("javascript:alert(1)"))));

    assertTrue(registry.find(SOUL).isEmpty());
  }
}
