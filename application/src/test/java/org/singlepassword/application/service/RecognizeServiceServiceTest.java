package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.singlepassword.application.service.SingleSignOnExamples.SOUL;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.port.in.sso.RecognizedService;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.eservice.ServiceUrl;

/**
 * Before the sign-in page shows: may the person be sent back to this address? Only to an enabled
 * e-service's registered addresses, or the page would be an open redirect.
 */
class RecognizeServiceServiceTest {

  private static final EServiceId PORTAL = new EServiceId("learner-portal");

  private final SingleSignOnExamples examples = new SingleSignOnExamples();
  private final RecognizeServiceService service =
      new RecognizeServiceService(new DirectTransactions(), examples.registry);

  private Optional<RecognizedService> recognize(String address) {
    return service.recognizeService(new ServiceUrl(address));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://soul.example.edu/cas/login",
        "https://soul.example.edu/cas/login?lang=zh-HK",
        "https://soul.example.edu/cas/"
      })
  void recognisesARegisteredAddressOfAnEnabledEService(String address) {
    examples.registerSoul();

    assertEquals(
        Optional.of(new RecognizedService(new ServiceUrl(address), SOUL, "SOUL")),
        recognize(address));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/cas/login",
        "https://soul.example.edu.evil.example/cas/login",
        "https://soul.example.edu/",
        "https://soul.example.edu/cas",
        "http://soul.example.edu/cas/login"
      })
  void recognisesNoOtherAddress(String address) {
    examples.registerSoul();

    assertEquals(Optional.empty(), recognize(address));
  }

  @Test
  void recognisesNothingOfADisabledEService() {
    examples.registerSoul();
    examples.changeEService(SOUL, soul -> soul.withEnabled(false));

    assertEquals(Optional.empty(), recognize("https://soul.example.edu/cas/login"));
  }

  @Test
  void givesTheAddressToTheEServiceWhoseRegistrationSaysMostAboutIt() {
    examples.register(PORTAL, "Learner Portal", "https://www.example.edu/*");
    examples.register(SOUL, "SOUL", "https://www.example.edu/soul/*");

    assertEquals(SOUL, recognize("https://www.example.edu/soul/login").orElseThrow().id());
    assertEquals(PORTAL, recognize("https://www.example.edu/news").orElseThrow().id());
  }

  /** Were SOUL passed over, the portal's broader prefix would let SOUL's people in all the same. */
  @Test
  void aDisabledEServicesAddressIsNotRecognisedThroughAnotherEServicesBroaderPrefix() {
    examples.register(PORTAL, "Learner Portal", "https://www.example.edu/*");
    examples.register(SOUL, "SOUL", "https://www.example.edu/soul/*");
    examples.changeEService(SOUL, soul -> soul.withEnabled(false));

    assertEquals(Optional.empty(), recognize("https://www.example.edu/soul/login"));
    assertEquals(PORTAL, recognize("https://www.example.edu/news").orElseThrow().id());
  }

  @Test
  void ofTwoEServicesRegisteringTheSameAddressTheFirstByIdHasIt() {
    examples.register(SOUL, "SOUL", "https://www.example.edu/sso/*");
    examples.register(PORTAL, "Learner Portal", "https://www.example.edu/sso/*");

    assertEquals(PORTAL, recognize("https://www.example.edu/sso/x").orElseThrow().id());
  }
}
