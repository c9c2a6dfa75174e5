package org.singlepassword.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import org.singlepassword.adapters.mail.MailSettings;
import org.singlepassword.adapters.mail.OutboxNotifications;
import org.singlepassword.adapters.mail.SmtpNotifications;
import org.singlepassword.application.port.out.notices.Notifications;

/**
 * Wiring: the notifications port to SMTP when {@code SPS_SMTP_HOST} is set, else to the file outbox
 * in the data directory, the embedded default a newcomer can open in any mail client.
 */
final class MailModule extends AbstractModule {

  private final Settings settings;

  MailModule(Settings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  MailSettings mailSettings() {
    Settings.MailSettings mail = settings.mail();
    return new MailSettings(
        mail.smtpHost(),
        mail.smtpPort(),
        mail.smtpUsername(),
        mail.smtpPassword(),
        mail.startTls(),
        mail.from(),
        settings.helpUrl(),
        MailSettings.DEFAULT_ZONE,
        MailSettings.DEFAULT_TIMEOUT);
  }

  @Provides
  @Singleton
  Notifications notifications(MailSettings mail, Clock clock) {
    return mail.smtpHost().isPresent()
        ? new SmtpNotifications(mail, clock)
        : new OutboxNotifications(settings.dataDir().resolve("outbox"), mail, clock);
  }
}
