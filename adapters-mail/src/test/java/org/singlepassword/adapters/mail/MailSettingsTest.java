package org.singlepassword.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The mail settings an administrator gives, checked before the first e-mail is sent. */
class MailSettingsTest {

  @Nested
  class TheEmbeddedDefault {

    private final MailSettings settings = MailSettings.outbox(Samples.FROM, Samples.HELP_URL);

    @Test
    void hasNoSmtpHostSoEMailsGoToTheOutbox() {
      assertEquals(Optional.empty(), settings.smtpHost());
    }

    @Test
    void wouldUseTheSubmissionPortWithStartTls() {
      assertEquals(587, settings.smtpPort());
      assertTrue(settings.startTls());
    }

    @Test
    void statesTimesInHongKongAndWaitsTenSeconds() {
      assertEquals(ZoneId.of("Asia/Hong_Kong"), settings.zone());
      assertEquals(Duration.ofSeconds(10), settings.timeout());
    }
  }

  @Nested
  class ItRefuses {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65_536})
    void aPortOutsideTheTcpRange(int port) {
      assertThrows(IllegalArgumentException.class, () -> settings(Optional.of("mail"), port));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "mail .example.edu", "mail\r\n.example.edu"})
    void anEmptyHostOrOneWithSpaces(String host) {
      assertThrows(IllegalArgumentException.class, () -> settings(Optional.of(host), 587));
    }

    @Test
    void aUsernameWithoutAPassword() {
      assertThrows(
          IllegalArgumentException.class,
          () -> withLogin(Optional.of("mail"), Optional.of("mailer"), Optional.empty()));
    }

    @Test
    void aPasswordWithoutAUsername() {
      assertThrows(
          IllegalArgumentException.class,
          () -> withLogin(Optional.of("mail"), Optional.empty(), Optional.of("s3cret")));
    }

    @Test
    void aLoginWithoutAHostRatherThanSendToTheOutboxUnnoticed() {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class,
              () -> withLogin(Optional.empty(), Optional.of("mailer"), Optional.of("s3cret")));

      assertEquals("an SMTP username is set, but no SMTP host", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "mailto:help@example.edu", "/help"})
    void aHelpUrlThatIsNotAWebAddress(String url) {
      assertThrows(
          IllegalArgumentException.class, () -> MailSettings.outbox(Samples.FROM, URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT-1S", "PT3M"})
    void aTimeoutThatIsZeroNegativeOrOverTwoMinutes(String timeout) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new MailSettings(
                  Optional.of("mail"),
                  587,
                  Optional.empty(),
                  Optional.empty(),
                  true,
                  Samples.FROM,
                  Samples.HELP_URL,
                  MailSettings.DEFAULT_ZONE,
                  Duration.parse(timeout)));
    }
  }

  @Test
  void stripsTheHost() {
    assertEquals(
        Optional.of("mail.example.edu"),
        settings(Optional.of(" mail.example.edu "), 25).smtpHost());
  }

  @Test
  void neverShowsThePassword() {
    MailSettings settings =
        withLogin(Optional.of("mail.example.edu"), Optional.of("mailer"), Optional.of("s3cret"));

    assertFalse(settings.toString().contains("s3cret"), settings.toString());
    assertTrue(settings.toString().contains("mail.example.edu:587"), settings.toString());
  }

  private static MailSettings settings(Optional<String> host, int port) {
    return new MailSettings(
        host,
        port,
        Optional.empty(),
        Optional.empty(),
        true,
        Samples.FROM,
        Samples.HELP_URL,
        MailSettings.DEFAULT_ZONE,
        MailSettings.DEFAULT_TIMEOUT);
  }

  private static MailSettings withLogin(
      Optional<String> host, Optional<String> username, Optional<String> password) {
    return new MailSettings(
        host,
        587,
        username,
        password,
        true,
        Samples.FROM,
        Samples.HELP_URL,
        MailSettings.DEFAULT_ZONE,
        MailSettings.DEFAULT_TIMEOUT);
  }
}
