package org.singlepassword.adapters.mail;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.application.port.out.notices.PasswordExpiringNotice;
import org.singlepassword.application.port.out.notices.PasswordResetLinkNotice;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;

/** One person and the notices they get, at a fixed moment: 13:30 in Hong Kong, 27 Nov 2026. */
final class Samples {

  static final Instant NOW = Instant.parse("2026-11-27T05:30:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final EmailAddress FROM = new EmailAddress("no-reply@example.edu");
  static final EmailAddress TO = new EmailAddress("tai.man.chan@example.edu");
  static final DisplayName NAME = new DisplayName("陳大文");
  static final URI HELP_URL = URI.create("https://it-help.example.edu/");
  static final URI RESET_LINK = URI.create("https://sp.example.edu/reset/Xk7pQ2rT9vW4yZ1a");

  private Samples() {}

  static PasswordResetLinkNotice resetLink() {
    return new PasswordResetLinkNotice(TO, NAME, RESET_LINK, NOW.plus(Duration.ofHours(1)));
  }

  static PasswordChangedNotice changed() {
    return new PasswordChangedNotice(TO, NAME, NOW, Channel.WEB_FORM);
  }

  static PasswordExpiringNotice expiring() {
    return new PasswordExpiringNotice(TO, NAME, NOW.plus(Duration.ofDays(14)));
  }

  /** An SMTP server on this machine, without STARTTLS or a login unless a test adds them. */
  static MailSettings smtp(String host, int port) {
    return smtp(host, port, Optional.empty(), Optional.empty(), false);
  }

  static MailSettings smtp(
      String host,
      int port,
      Optional<String> username,
      Optional<String> password,
      boolean startTls) {
    return new MailSettings(
        Optional.of(host),
        port,
        username,
        password,
        startTls,
        FROM,
        HELP_URL,
        MailSettings.DEFAULT_ZONE,
        Duration.ofSeconds(2));
  }
}
