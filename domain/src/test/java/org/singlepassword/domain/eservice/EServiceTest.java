package org.singlepassword.domain.eservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.token.SecretToken;
import org.singlepassword.domain.token.TokenHash;

/** A registered e-service: where its people may be sent back to, its secret, and its state. */
class EServiceTest {

  private static final EServiceId SOUL = new EServiceId("soul");
  private static final TokenHash SECRET = SecretToken.of("the-first-secret").hash();
  private static final List<String> URLS =
      List.of("https://soul.example.edu/cas/*", "https://legacy.soul.example.edu/login");

  private final EService soul = new EService(SOUL, "SOUL", URLS, SECRET, true);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://soul.example.edu/cas/login",
        "https://soul.example.edu/cas/",
        "https://legacy.soul.example.edu/login",
        "https://legacy.soul.example.edu/login?lang=zh-HK"
      })
  void acceptsAnAddressThatOneOfItsRegistrationsMatches(String address) {
    assertTrue(soul.accepts(new ServiceUrl(address)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://soul.example.edu/",
        "https://soul.example.edu/cas",
        "https://legacy.soul.example.edu/login/more",
        "https://legacy.soul.example.edu/",
        "https://evil.example/cas/login"
      })
  void refusesEveryOtherAddress(String address) {
    assertFalse(soul.accepts(new ServiceUrl(address)));
  }

  @Test
  void namesItsRegistrationThatSaysMostAboutAnAddress() {
    EService portal =
        new EService(
            SOUL,
            "SOUL",
            List.of(
                "https://www.example.edu/*",
                "https://www.example.edu/soul/login",
                "https://www.example.edu/soul/*"),
            SECRET,
            true);

    assertEquals(
        Optional.of(new ServiceUrlPattern("https://www.example.edu/soul/login")),
        portal.mostSpecificMatch(new ServiceUrl("https://www.example.edu/soul/login?x=1")));
    assertEquals(
        Optional.of(new ServiceUrlPattern("https://www.example.edu/soul/*")),
        portal.mostSpecificMatch(new ServiceUrl("https://www.example.edu/soul/home")));
    assertEquals(
        Optional.of(new ServiceUrlPattern("https://www.example.edu/*")),
        portal.mostSpecificMatch(new ServiceUrl("https://www.example.edu/news")));
    assertEquals(
        Optional.empty(), portal.mostSpecificMatch(new ServiceUrl("https://evil.example/soul/")));
  }

  @Test
  void withoutRegisteredAddressesAcceptsNone() {
    EService apiOnly = new EService(SOUL, "SOUL", List.of(), SECRET, true);

    assertFalse(apiOnly.accepts(new ServiceUrl("https://soul.example.edu/cas/login")));
  }

  /** Accepting is about the address; whether the e-service is enabled is asked separately. */
  @Test
  void acceptsItsAddressesEvenWhenDisabled() {
    assertTrue(soul.withEnabled(false).accepts(new ServiceUrl("https://soul.example.edu/cas/x")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "https://soul.example.edu/login?lang=en",
        "https://soul.example.edu*",
        "https://soul.example.edu/*/x"
      })
  void refusesARegistrationThatIsNoPattern(String registration) {
    assertThrows(
        IllegalArgumentException.class,
        () -> new EService(SOUL, "SOUL", List.of(registration), SECRET, true));
  }

  @Test
  void aNewSecretReplacesTheOldAndKeepsTheRest() {
    SecretToken newSecret = SecretToken.of("the-second-secret");

    EService rotated = soul.withSecret(newSecret.hash());

    assertTrue(rotated.secretHash().matches(newSecret));
    assertFalse(rotated.secretHash().matches(SecretToken.of("the-first-secret")));
    assertEquals(new EService(SOUL, "SOUL", URLS, newSecret.hash(), true), rotated);
    assertNotEquals(soul, rotated);
    assertEquals(SECRET, soul.secretHash(), "the original is unchanged");
  }

  @Test
  void isDisabledAndEnabledAgainWithNothingElseChanged() {
    EService disabled = soul.withEnabled(false);

    assertFalse(disabled.enabled());
    assertEquals(new EService(SOUL, "SOUL", URLS, SECRET, false), disabled);
    assertEquals(soul, disabled.withEnabled(true));
    assertTrue(soul.enabled(), "the original is unchanged");
  }
}
