package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.singlepassword.application.fakes.DirectTransactions;
import org.singlepassword.application.port.in.eservice.EServiceDetails;
import org.singlepassword.application.port.in.eservice.EServiceNotFoundException;
import org.singlepassword.domain.eservice.EServiceId;

/** An administrator looks at the registered e-services: names, addresses and state, no secret. */
class ShowEServicesServiceTest {

  private final SingleSignOnExamples examples = new SingleSignOnExamples();
  private final ShowEServicesService service =
      new ShowEServicesService(new DirectTransactions(), examples.registry);

  @Test
  void listsEveryEServiceByIdWithItsAddressesAndState() {
    examples.registerSoul();
    examples.register(
        new EServiceId("learner-portal"), "Learner Portal", "https://portal.example.edu/*");
    examples.changeEService(new EServiceId("learner-portal"), e -> e.withEnabled(false));

    assertEquals(
        List.of(
            new EServiceDetails(
                new EServiceId("learner-portal"),
                "Learner Portal",
                List.of("https://portal.example.edu/*"),
                false),
            new EServiceDetails(
                SingleSignOnExamples.SOUL,
                "SOUL",
                List.of("https://soul.example.edu/cas/*"),
                true)),
        service.listEServices());
  }

  @Test
  void listsNothingBeforeAnyIsRegistered() {
    assertEquals(List.of(), service.listEServices());
  }

  @Test
  void showsOneByItsId() {
    examples.registerSoul();

    assertEquals(
        new EServiceDetails(
            SingleSignOnExamples.SOUL, "SOUL", List.of("https://soul.example.edu/cas/*"), true),
        service.showEService(SingleSignOnExamples.SOUL));
  }

  @Test
  void refusesAnUnknownIdNamingIt() {
    EServiceId unknown = new EServiceId("nobody");

    EServiceNotFoundException refusal =
        assertThrows(EServiceNotFoundException.class, () -> service.showEService(unknown));

    assertEquals(unknown, refusal.id());
  }
}
