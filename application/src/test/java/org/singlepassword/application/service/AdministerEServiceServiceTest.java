package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.singlepassword.application.service.SingleSignOnExamples.SOUL;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.singlepassword.application.port.in.admin.RegisterEServiceCommand;
import org.singlepassword.application.port.in.admin.RegisteredEService;
import org.singlepassword.application.port.in.eservice.EServiceAction;
import org.singlepassword.application.port.in.eservice.EServiceNotFoundException;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/** An administrator disables, enables, or issues a new API secret to a registered e-service. */
class AdministerEServiceServiceTest {

  private final SingleSignOnExamples examples = new SingleSignOnExamples();
  private final CommitRecordingTransactions transactions = new CommitRecordingTransactions();
  private final AdministerEServiceService service =
      new AdministerEServiceService(transactions, examples.registry, new SecureRandom());
  private final AuthenticateEServiceService authenticate =
      new AuthenticateEServiceService(examples.registry);
  private RegisteredEService soul;

  @BeforeEach
  void registerSoul() {
    soul =
        new RegisterEServiceService(transactions, examples.registry, new SecureRandom())
            .registerEService(
                new RegisterEServiceCommand(
                    SOUL, "SOUL", List.of("https://soul.example.edu/cas/*")));
  }

  private EService stored() {
    return examples.registry.find(SOUL).orElseThrow();
  }

  @Nested
  class Disabling {

    @Test
    void refusesTheEServicesSecretFromThenOnAndKeepsTheRest() {
      EService before = stored();

      service.administerEService(SOUL, EServiceAction.DISABLE);

      assertEquals(before.withEnabled(false), stored());
      assertEquals(Optional.empty(), authenticate.authenticateEService(SOUL, soul.secret()));
    }

    @Test
    void twiceIsHarmless() {
      service.administerEService(SOUL, EServiceAction.DISABLE);
      service.administerEService(SOUL, EServiceAction.DISABLE);

      assertFalse(stored().enabled());
    }

    @Test
    void isUndoneByEnablingWithTheSameSecret() {
      EService before = stored();
      service.administerEService(SOUL, EServiceAction.DISABLE);

      service.administerEService(SOUL, EServiceAction.ENABLE);

      assertEquals(before, stored());
      assertEquals(Optional.of(SOUL), authenticate.authenticateEService(SOUL, soul.secret()));
    }
  }

  @Nested
  class RotatingTheSecret {

    @Test
    void handsOutANewSecretAndKeepsOnlyItsHash() {
      RegisteredEService rotated = service.rotateSecret(SOUL);

      assertEquals(SOUL, rotated.id());
      assertNotEquals(soul.secret().reveal(), rotated.secret().reveal());
      assertTrue(stored().secretHash().matches(rotated.secret()));
      assertNotEquals(rotated.secret().reveal(), stored().secretHash().value());
    }

    @Test
    void theOldSecretStopsWorkingAtOnce() {
      RegisteredEService rotated = service.rotateSecret(SOUL);

      assertEquals(Optional.empty(), authenticate.authenticateEService(SOUL, soul.secret()));
      assertEquals(Optional.of(SOUL), authenticate.authenticateEService(SOUL, rotated.secret()));
    }

    @Test
    void keepsTheNameAddressesAndState() {
      service.administerEService(SOUL, EServiceAction.DISABLE);
      EService before = stored();

      RegisteredEService rotated = service.rotateSecret(SOUL);

      assertEquals(before.withSecret(rotated.secret().hash()), stored());
      assertFalse(stored().enabled(), "a new secret does not enable a disabled e-service");
    }

    @Test
    void eachRotationHandsOutADifferentSecret() {
      SecretToken first = service.rotateSecret(SOUL).secret();
      SecretToken second = service.rotateSecret(SOUL).secret();

      assertNotEquals(first.reveal(), second.reveal());
      assertFalse(stored().secretHash().matches(first));
    }
  }

  @Nested
  class AnUnknownId {

    private final EServiceId unknown = new EServiceId("nobody");

    @ParameterizedTest
    @EnumSource(EServiceAction.class)
    void isRefusedNamingItAndNothingIsStored(EServiceAction action) {
      EServiceNotFoundException refusal =
          assertThrows(
              EServiceNotFoundException.class, () -> service.administerEService(unknown, action));

      assertEquals(unknown, refusal.id());
      assertEquals(Optional.empty(), examples.registry.find(unknown));
      assertEquals(1, transactions.rolledBack());
    }

    @Test
    void getsNoSecret() {
      EServiceNotFoundException refusal =
          assertThrows(EServiceNotFoundException.class, () -> service.rotateSecret(unknown));

      assertEquals(unknown, refusal.id());
      assertEquals(Optional.empty(), examples.registry.find(unknown));
    }
  }

  @Test
  void eachActionIsOneTransaction() {
    int before = transactions.committed();

    service.administerEService(SOUL, EServiceAction.DISABLE);
    service.rotateSecret(SOUL);

    assertEquals(before + 2, transactions.committed());
  }
}
