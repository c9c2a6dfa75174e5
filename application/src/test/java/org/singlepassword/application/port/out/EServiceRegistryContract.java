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
            "https://soul.example.edu/admin?lang=*");
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

  /**
   * By id as Java compares strings, whatever the database's collation: {@code x-b} before {@code
   * xa}, which a locale that skips punctuation would put the other way round.
   */
  @Test
  void listsEveryEServiceAddedInTheOrderOfTheirIds() {
    String stem = uniqueId().value();
    List<EService> added =
        List.of(
            eService(new EServiceId(stem + "a"), "Learner Portal", List.of(), false),
            eService(
                new EServiceId(stem + "-b"), "SOUL", List.of("https://soul.example.edu/*"), true),
            eService(
                new EServiceId(stem + "0"),
                "Online Enrolment Services",
                List.of("https://oes.example.edu/login", "https://oes.example.edu/cas/*"),
                true));
    added.forEach(eServiceRegistry()::addIfAbsent);

    List<EService> listed = eServiceRegistry().list();

    assertEquals(
        List.of(added.get(1), added.get(2), added.get(0)),
        listed.stream().filter(added::contains).toList());
    List<String> ids = listed.stream().map(eService -> eService.id().value()).toList();
    assertEquals(ids.stream().sorted().toList(), ids, "every e-service listed is in id order");
  }

  @Test
  void anUpdateReplacesNameSecretStateAndUrls() {
    EService registered =
        eService(
            "SOUL",
            List.of("https://soul.example.edu/a", "https://soul.example.edu/b/*", "http://x.edu/"),
            true);
    eServiceRegistry().addIfAbsent(registered);
    EService changed =
        new EService(
            registered.id(),
            "Student Online Unified Login",
            List.of("https://soul.example.edu/b/*", "https://soul.example.edu/c"),
            SecretToken.generate(random).hash(),
            false);

    assertTrue(eServiceRegistry().update(changed));

    assertEquals(changed, eServiceRegistry().find(changed.id()).orElseThrow());
  }

  @Test
  void anUpdateMayLeaveAnEServiceWithoutUrlsAndGiveItSomeAgain() {
    EService registered = eService("SOUL", List.of("https://soul.example.edu/*"), true);
    eServiceRegistry().addIfAbsent(registered);
    EService withNone =
        new EService(
            registered.id(), "SOUL", List.of(), registered.secretHash(), registered.enabled());
    EService withTwo =
        new EService(
            registered.id(),
            "SOUL",
            List.of("https://soul.example.edu/x", "https://soul.example.edu/y"),
            registered.secretHash(),
            registered.enabled());

    assertTrue(eServiceRegistry().update(withNone));
    assertEquals(withNone, eServiceRegistry().find(registered.id()).orElseThrow());
    assertTrue(eServiceRegistry().update(withTwo));
    assertEquals(withTwo, eServiceRegistry().find(registered.id()).orElseThrow());
  }

  @Test
  void anUpdateChangesThatEServiceOnly() {
    EService soul = eService("SOUL", List.of("https://soul.example.edu/*"), true);
    EService portal = eService("Learner Portal", List.of("https://portal.example.edu/*"), true);
    eServiceRegistry().addIfAbsent(soul);
    eServiceRegistry().addIfAbsent(portal);

    eServiceRegistry()
        .update(soul.withEnabled(false).withSecret(SecretToken.generate(random).hash()));

    assertEquals(portal, eServiceRegistry().find(portal.id()).orElseThrow());
  }

  @Test
  void anUpdateOfAnUnknownIdStoresNothing() {
    EService neverAdded = eService("SOUL", List.of("https://soul.example.edu/*"), true);

    assertFalse(eServiceRegistry().update(neverAdded));

    assertTrue(eServiceRegistry().find(neverAdded.id()).isEmpty());
    assertFalse(eServiceRegistry().list().contains(neverAdded));
  }

  private EService eService(String name, List<String> urls, boolean enabled) {
    return eService(uniqueId(), name, urls, enabled);
  }

  private EService eService(EServiceId id, String name, List<String> urls, boolean enabled) {
    return new EService(id, name, urls, SecretToken.generate(random).hash(), enabled);
  }

  private static EServiceId uniqueId() {
    return new EServiceId(ContractSamples.unique("soul").replace('.', '-'));
  }
}
