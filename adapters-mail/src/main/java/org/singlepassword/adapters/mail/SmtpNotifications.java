package org.singlepassword.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.singlepassword.adapters.mail.wording.NoticeWording;
import org.singlepassword.application.port.out.notices.Notice;
import org.singlepassword.application.port.out.notices.NoticeNotSentException;
import org.singlepassword.application.port.out.notices.Notifications;

/**
 * Outgoing adapter: {@link Notifications} through the institution's SMTP server with Jakarta Mail
 * (Eclipse Angus). One connection per e-mail, STARTTLS required unless switched off, and every wait
 * bounded, so that a slow mail server cannot hold up a person's request for long.
 */
public final class SmtpNotifications implements Notifications {

  private final MimeMessages messages;
  private final String server;
  private final Optional<String> username;
  private final Optional<String> password;

  /**
   * @throws IllegalArgumentException when the settings name no SMTP host (use {@link
   *     OutboxNotifications} then)
   */
  public SmtpNotifications(MailSettings settings, Clock clock) {
    String host =
        settings.smtpHost().orElseThrow(() -> new IllegalArgumentException("no SMTP host is set"));
    this.server = host + ":" + settings.smtpPort();
    this.username = settings.smtpUsername();
    this.password = settings.smtpPassword();
    this.messages =
        new MimeMessages(
            Session.getInstance(properties(host, settings)),
            settings.from(),
            NoticeWording.inBothLanguages(settings.zone(), settings.helpUrl()),
            clock);
  }

  @Override
  public void send(Notice notice) {
    try {
      MimeMessage message = messages.of(notice);
      if (username.isPresent()) {
        Transport.send(message, username.get(), password.orElseThrow());
      } else {
        Transport.send(message);
      }
    } catch (MessagingException failed) {
      throw new NoticeNotSentException(
          "the SMTP server "
              + server
              + " did not take the "
              + notice.getClass().getSimpleName()
              + ": "
              + failed.getMessage(),
          failed);
    }
  }

  private static Properties properties(String host, MailSettings settings) {
    String timeout = Long.toString(settings.timeout().toMillis());
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", host);
    properties.setProperty("mail.smtp.port", Integer.toString(settings.smtpPort()));
    properties.setProperty("mail.smtp.connectiontimeout", timeout);
    properties.setProperty("mail.smtp.timeout", timeout);
    properties.setProperty("mail.smtp.writetimeout", timeout);
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    // A certificate for another name must not do: the reset links would go to whoever holds it.
    properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    properties.setProperty("mail.smtp.auth", Boolean.toString(settings.smtpUsername().isPresent()));
    // The domain of each Message-ID, instead of this machine's name.
    properties.setProperty("mail.from", settings.from().value());
    return properties;
  }
}
