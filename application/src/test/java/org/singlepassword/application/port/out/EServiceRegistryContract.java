package org.singlepassword.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.eservice.EService;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.token.SecretToken;

/**
 * Port contract: what every {@link EServiceRegistry} does, run against the in-memory fake and each
 * real adapter. Ids are unique per test, so one database can serve a whole test class.
 */
public abstract class EServiceRegistryContract {

  private final SecureRandom random = new SecureRandom();

  /** The registry under test; every call within one test returns the same store. */
  protected abstract EServiceRegistry eServiceRegistry();

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void keepsEveryFieldOfAnEService(boolean enabled) {
    List<String> urls =
        List.of(
            "https://soul.example.edu/login",
            "http://legacy.soul.example.edu/",
            "https://soul.example.edu/admin?lang=zh-HK");
    EService eService = eService("Student Online Unified Login – 學生", urls, enabled);

    assertTrue(eServiceRegistry().addIfAbsent(eService));

    assertEquals(eService, eServiceRegistry().find(eService.id()).orElseThrow());
  }

  /** Twelve, so that an order by position written as text ("10" before "2") would show. */
  @Test
  void keepsTheServiceUrlsInTheirOrder() {
    List<String> urls =
        IntStream.rangeClosed(1, 12)
            .mapToObj(number -> "https://portal.example.edu/" + (13 - number))
            .toList();
    EService eService = eService("Learner Portal", urls, true);

    eServiceRegistry().addIfAbsent(eService);

    assertEquals(urls, eServiceRegistry().find(eService.id()).orElseThrow().serviceUrls());
  }

  @Test
  void keepsAnEServiceWithoutServiceUrls() {
    EService eService = eService("Online Enrolment Services", List.of(), true);

    eServiceRegistry().addIfAbsent(eService);

    assertEquals(eService, eServiceRegistry().find(eService.id()).orElseThrow());
  }

  @Test
  void listsEveryEServiceSortedById() {
    EService second = eService("SOUL", List.of(), false);
    EService first =
        new EService(
            new EServiceId("a" + second.id().value()),
            "Learner Portal",
            List.of("https://portal.example.edu/"),
            SecretToken.generate(random).hash(),
            true);
    eServiceRegistry().addIfAbsent(second);
    eServiceRegistry().addIfAbsent(first);

    List<EService> listed = eServiceRegistry().list();

    assertTrue(listed.containsAll(List.of(first, second)), listed::toString);
    List<String> ids = listed.stream().map(eService -> eService.id().value()).toList();
    assertEquals(ids.stream().sorted().toList(), ids);
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertTrue(eServiceRegistry().find(uniqueId()).isEmpty());
  }

  @Test
  void refusesASecondEServiceWithATakenId() {
    EService first = eService("SOUL", List.of("https://soul.example.edu/"), true);
    EService second =
        new EService(
            first.id(),
            "Impostor",
            List.of("https://impostor.example.com/"),
            SecretToken.generate(random).hash(),
            true);

    assertTrue(eServiceRegistry().addIfAbsent(first));
    assertFalse(eServiceRegistry().addIfAbsent(second));

    assertEquals(first, eServiceRegistry().find(first.id()).orElseThrow());
  }

  private EService eService(String name, List<String> urls, boolean enabled) {
    return new EService(uniqueId(), name, urls, SecretToken.generate(random).hash(), enabled);
  }

  private static EServiceId uniqueId() {
    return new EServiceId(ContractSamples.unique("soul").replace('.', '-'));
  }
}
