package org.singlepassword.adapters.mail;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.account.EmailAddress;

/**
 * Outgoing adapter settings: where account e-mails go and what they say about help and time. Each
 * component is one {@code SPS_*} variable; without an SMTP host the e-mails go to the file outbox.
 *
 * @param smtpHost {@code SPS_SMTP_HOST}: the SMTP server; empty for the file outbox
 * @param smtpPort {@code SPS_SMTP_PORT}: 587 (submission) by default
 * @param smtpUsername {@code SPS_SMTP_USERNAME}: set to authenticate, together with the password
 * @param smtpPassword {@code SPS_SMTP_PASSWORD}: never shown by {@link #toString()}
 * @param startTls {@code SPS_SMTP_STARTTLS}: true by default; then a server that does not offer
 *     STARTTLS gets nothing, rather than a reset link in clear text
 * @param from {@code SPS_MAIL_FROM}: the address the e-mails come from
 * @param helpUrl IT Help, for the "if it was not you" line ({@code SPS_HELP_URL})
 * @param zone the zone in which e-mails state times, Hong Kong by default
 * @param timeout the longest wait to connect to, read from or write to the SMTP server
 */
public record MailSettings(
    Optional<String> smtpHost,
    int smtpPort,
    Optional<String> smtpUsername,
    Optional<String> smtpPassword,
    boolean startTls,
    EmailAddress from,
    URI helpUrl,
    ZoneId zone,
    Duration timeout) {

  public static final int DEFAULT_SMTP_PORT = 587;
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Hong_Kong");
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  // A request thread waits for the server at most this long, several times per message.
  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(2);

  public MailSettings {
    smtpHost = stripped(smtpHost, "SMTP host", false);
    smtpUsername = stripped(smtpUsername, "SMTP username", true);
    Objects.requireNonNull(smtpPassword, "SMTP password");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(helpUrl, "helpUrl");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(timeout, "timeout");
    if (smtpPort < 1 || smtpPort > 65535) {
      throw new IllegalArgumentException("the SMTP port is 1 to 65535, was " + smtpPort);
    }
    if (smtpUsername.isPresent() != smtpPassword.isPresent()) {
      throw new IllegalArgumentException(
          "give the SMTP username and password together, or neither");
    }
    if (smtpUsername.isPresent() && smtpHost.isEmpty()) {
      // Otherwise a forgotten host would silently send every e-mail to the outbox.
      throw new IllegalArgumentException("an SMTP username is set, but no SMTP host");
    }
    String scheme = Optional.ofNullable(helpUrl.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("the help URL must be an http(s) address, was " + helpUrl);
    }
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
      throw new IllegalArgumentException("the SMTP timeout is above zero and at most 2 minutes");
    }
  }

  /** The embedded default: every e-mail into the file outbox, times in Hong Kong. */
  public static MailSettings outbox(EmailAddress from, URI helpUrl) {
    return new MailSettings(
        Optional.empty(),
        DEFAULT_SMTP_PORT,
        Optional.empty(),
        Optional.empty(),
        true,
        from,
        helpUrl,
        DEFAULT_ZONE,
        DEFAULT_TIMEOUT);
  }

  /** Keeps the SMTP password out of logs and exception messages. */
  @Override
  public String toString() {
    return "MailSettings[smtp="
        + smtpHost.map(host -> host + ":" + smtpPort).orElse("none (outbox)")
        + ", username="
        + smtpUsername.orElse("none")
        + ", password="
        + (smtpPassword.isPresent() ? "set" : "none")
        + ", startTls="
        + startTls
        + ", from="
        + from
        + ", helpUrl="
        + helpUrl
        + ", zone="
        + zone
        + ", timeout="
        + timeout
        + "]";
  }

  private static Optional<String> stripped(
      Optional<String> text, String name, boolean mayContainSpaces) {
    Optional<String> value = Objects.requireNonNull(text, name).map(String::strip);
    if (value.isPresent() && value.get().isEmpty()) {
      throw new IllegalArgumentException("the " + name + " is set but empty");
    }
    if (value.isPresent() && value.get().codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("the " + name + " cannot contain control characters");
    }
    if (!mayContainSpaces
        && value.isPresent()
        && value.get().codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("the " + name + " cannot contain spaces");
    }
    return value;
  }
}
