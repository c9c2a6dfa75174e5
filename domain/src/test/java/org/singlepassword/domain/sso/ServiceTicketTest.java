package org.singlepassword.domain.sso;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.eservice.EServiceId;
import org.singlepassword.domain.eservice.ServiceUrl;
import org.singlepassword.domain.token.SecretToken;
import org.singlepassword.domain.token.TokenHash;

/** A CAS service ticket: good for seconds, at one address, and issued for one person. */
class ServiceTicketTest {

  private static final Instant NOW = Instant.parse("2025-09-03T10:15:00Z");
  private static final TokenHash ID = SecretToken.of("ST-a-ticket").hash();
  private static final AccountId CHAN = AccountId.random();
  private static final EServiceId SOUL = new EServiceId("soul");
  private static final String LOGIN = "https://soul.example.edu/cas/login?lang=zh-HK";

  private final ServiceTicket ticket = issue(ServiceTicket.DEFAULT_LIFETIME);

  private static ServiceTicket issue(Duration lifetime) {
    return ServiceTicket.issue(ID, CHAN, SOUL, new ServiceUrl(LOGIN), true, lifetime, NOW);
  }

  @Nested
  class WhenIssued {

    @Test
    void standsForThePersonTheEServiceAndTheAddress() {
      assertEquals(
          new ServiceTicket(ID, CHAN, SOUL, new ServiceUrl(LOGIN), NOW, NOW.plusSeconds(10), true),
          ticket);
    }

    @Test
    void livesTenSecondsByDefault() {
      assertEquals(Duration.ofSeconds(10), ServiceTicket.DEFAULT_LIFETIME);
      assertEquals(NOW.plusSeconds(10), ticket.validUntil());
    }

    @Test
    void remembersWhetherThePasswordWasTypedForIt() {
      ServiceTicket singleSignOn =
          ServiceTicket.issue(
              ID, CHAN, SOUL, new ServiceUrl(LOGIN), false, Duration.ofSeconds(10), NOW);

      assertTrue(ticket.fromCredentials());
      assertFalse(singleSignOn.fromCredentials());
    }

    @Test
    void refusesALifetimeOfNothingOrLess() {
      assertThrows(IllegalArgumentException.class, () -> issue(Duration.ZERO));
      assertThrows(IllegalArgumentException.class, () -> issue(Duration.ofSeconds(-10)));
    }

    @Test
    void refusesAMissingPart() {
      ServiceUrl login = new ServiceUrl(LOGIN);
      Instant end = NOW.plusSeconds(10);
      assertThrows(
          NullPointerException.class,
          () -> new ServiceTicket(null, CHAN, SOUL, login, NOW, end, true));
      assertThrows(
          NullPointerException.class,
          () -> new ServiceTicket(ID, null, SOUL, login, NOW, end, true));
      assertThrows(
          NullPointerException.class,
          () -> new ServiceTicket(ID, CHAN, null, login, NOW, end, true));
      assertThrows(
          NullPointerException.class,
          () -> new ServiceTicket(ID, CHAN, SOUL, null, NOW, end, true));
      assertThrows(
          NullPointerException.class,
          () -> new ServiceTicket(ID, CHAN, SOUL, login, null, end, true));
      assertThrows(
          NullPointerException.class,
          () -> new ServiceTicket(ID, CHAN, SOUL, login, NOW, null, true));
    }
  }

  @Nested
  class AsTimePasses {

    @Test
    void isValidFromTheMomentItWasIssued() {
      assertTrue(ticket.isValidAt(NOW));
    }

    @Test
    void isValidUntilJustBeforeItsEnd() {
      assertTrue(ticket.isValidAt(ticket.validUntil().minusNanos(1)));
    }

    @Test
    void hasExpiredAtExactlyItsEnd() {
      assertFalse(ticket.isValidAt(ticket.validUntil()));
    }

    @Test
    void hasExpiredAfterItsEnd() {
      assertFalse(ticket.isValidAt(ticket.validUntil().plusSeconds(1)));
    }
  }

  @Nested
  class ForAnAddress {

    @Test
    void isForExactlyTheAddressItWasIssuedFor() {
      assertTrue(ticket.isFor(LOGIN));
    }

    /**
     * CAS compares the service as given: another query, case, a trailing slash or an encoding is
     * another address, even one the same registration accepts.
     */
    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://soul.example.edu/cas/login",
          "https://soul.example.edu/cas/login?lang=en",
          "https://soul.example.edu/cas/login?lang=zh-HK&x=1",
          "https://soul.example.edu/cas/login/?lang=zh-HK",
          "HTTPS://soul.example.edu/cas/login?lang=zh-HK",
          "https://soul.example.edu/cas/login?lang=zh%2DHK",
          "https://learner-portal.example.edu/cas/login?lang=zh-HK",
          " https://soul.example.edu/cas/login?lang=zh-HK",
          ""
        })
    void isForNoOtherAddress(String presentedFor) {
      assertFalse(ticket.isFor(presentedFor));
    }
  }
}
