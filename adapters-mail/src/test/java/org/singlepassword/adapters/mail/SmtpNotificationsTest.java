package org.singlepassword.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.singlepassword.adapters.mail.wording.NoticeText;
import org.singlepassword.adapters.mail.wording.NoticeWording;
import org.singlepassword.adapters.mail.wording.Phrasebook;
import org.singlepassword.application.port.out.notices.NoticeNotSentException;

/** E-mails through a real SMTP server in this process (GreenMail), and what happens when not. */
class SmtpNotificationsTest {

  private static final String USERNAME = "single-password";
  private static final String PASSWORD = "Mailer-s3cret-9";

  @RegisterExtension
  static final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(
              GreenMailConfiguration.aConfig().withUser(Samples.FROM.value(), USERNAME, PASSWORD));

  private static String host() {
    return greenMail.getSmtp().getServerSetup().getBindAddress();
  }

  private static int port() {
    return greenMail.getSmtp().getPort();
  }

  private static SmtpNotifications notifications() {
    return new SmtpNotifications(Samples.smtp(host(), port()), Samples.CLOCK);
  }

  private static MimeMessage onlyReceived() {
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertEquals(1, received.length);
    return received[0];
  }

  @Nested
  class EachNoticeArrives {

    @Test
    void aResetLinkWithTheLinkAndHowLongItIsValid() throws Exception {
      notifications().send(Samples.resetLink());

      MimeMessage received = onlyReceived();
      assertEquals("單一密碼：重設你的密碼／Single-Password: reset your password", received.getSubject());
      String body = (String) received.getContent();
      assertTrue(body.contains(Samples.RESET_LINK + "\r\n"), body);
      assertTrue(body.contains("valid until 14:30 on 27 Nov 2026 (HKT), and only once"), body);
    }

    @Test
    void aPasswordChangeWithWhenAndWhere() throws Exception {
      notifications().send(Samples.changed());

      MimeMessage received = onlyReceived();
      assertEquals("你的單一密碼已更改／Your Single-Password password was changed", received.getSubject());
      String body = (String) received.getContent();
      assertTrue(
          body.contains(
              "changed at 13:30 on 27 Nov 2026 (HKT) in Single-Password (My Profile > Account"
                  + " Password)."),
          body);
    }

    @Test
    void anExpiryWarningWithTheDay() throws Exception {
      notifications().send(Samples.expiring());

      assertEquals(
          "你的單一密碼將於 2026年12月11日 到期／Your Single-Password password expires on 11 Dec 2026",
          onlyReceived().getSubject());
    }

    @Test
    void toThePersonByNameFromSinglePassword() throws Exception {
      notifications().send(Samples.changed());

      MimeMessage received = onlyReceived();
      assertEquals(
          new InternetAddress("tai.man.chan@example.edu", "陳大文", "UTF-8"),
          received.getAllRecipients()[0]);
      assertEquals(
          new InternetAddress("no-reply@example.edu", "單一密碼 Single-Password", "UTF-8"),
          received.getFrom()[0]);
      assertEquals("單一密碼 Single-Password", ((InternetAddress) received.getFrom()[0]).getPersonal());
    }

    @Test
    void withTheNameAndBodyInUtf8Intact() throws Exception {
      notifications().send(Samples.changed());

      MimeMessage received = onlyReceived();
      assertEquals("陳大文", ((InternetAddress) received.getAllRecipients()[0]).getPersonal());
      String body = (String) received.getContent();
      assertTrue(body.startsWith("陳大文，你好：\r\n"), body);
      assertTrue(body.contains("\r\nDear 陳大文,\r\n"), body);
    }
  }

  @Nested
  class WithALogin {

    @Test
    void signsInAndSends() throws Exception {
      MailSettings settings =
          Samples.smtp(host(), port(), Optional.of(USERNAME), Optional.of(PASSWORD), false);

      new SmtpNotifications(settings, Samples.CLOCK).send(Samples.changed());

      assertEquals(
          "你的單一密碼已更改／Your Single-Password password was changed", onlyReceived().getSubject());
    }

    @Test
    void failsOnAWrongPasswordNamingTheServerButNeverThePassword() {
      MailSettings settings =
          Samples.smtp(host(), port(), Optional.of(USERNAME), Optional.of("Wrong-s3cret-1"), false);
      SmtpNotifications notifications = new SmtpNotifications(settings, Samples.CLOCK);

      NoticeNotSentException failed =
          assertThrows(NoticeNotSentException.class, () -> notifications.send(Samples.changed()));

      assertTrue(failed.getMessage().contains(host() + ":" + port()), failed.getMessage());
      for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
        assertFalse(
            String.valueOf(cause.getMessage()).contains("Wrong-s3cret-1"), cause.toString());
      }
      assertEquals(0, greenMail.getReceivedMessages().length);
    }
  }

  @Nested
  class WhenTheServerCannotTakeIt {

    @Test
    void aClosedPortFailsAtOnce() throws IOException {
      int closedPort = closedPort();
      SmtpNotifications notifications =
          new SmtpNotifications(Samples.smtp("127.0.0.1", closedPort), Samples.CLOCK);

      NoticeNotSentException failed =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5),
              () ->
                  assertThrows(
                      NoticeNotSentException.class, () -> notifications.send(Samples.changed())));

      assertTrue(failed.getMessage().contains("127.0.0.1:" + closedPort), failed.getMessage());
    }

    @Test
    void aServerThatNeverAnswersFailsAfterTheTimeout() throws IOException {
      // The system accepts the connection into the backlog, but nobody ever greets.
      try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        MailSettings settings =
            new MailSettings(
                Optional.of("127.0.0.1"),
                silent.getLocalPort(),
                Optional.empty(),
                Optional.empty(),
                false,
                Samples.FROM,
                Samples.HELP_URL,
                MailSettings.DEFAULT_ZONE,
                Duration.ofMillis(300));
        SmtpNotifications notifications = new SmtpNotifications(settings, Samples.CLOCK);

        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                assertThrows(
                    NoticeNotSentException.class, () -> notifications.send(Samples.changed())));
      }
    }

    @Test
    void aServerWithoutStartTlsGetsNothingWhenItIsRequired() {
      MailSettings settings =
          Samples.smtp(host(), port(), Optional.empty(), Optional.empty(), true);
      SmtpNotifications notifications = new SmtpNotifications(settings, Samples.CLOCK);

      assertThrows(NoticeNotSentException.class, () -> notifications.send(Samples.resetLink()));
      assertEquals(0, greenMail.getReceivedMessages().length);
    }

    private int closedPort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      }
    }
  }

  @Nested
  class AgainstHeaderInjection {

    @Test
    void aLineBreakInTheNameReachesNobodyElse() throws Exception {
      Properties properties = new Properties();
      properties.setProperty("mail.smtp.host", host());
      properties.setProperty("mail.smtp.port", Integer.toString(port()));
      MimeMessages messages =
          new MimeMessages(
              Session.getInstance(properties),
              Samples.FROM,
              new NoticeWording(Phrasebook.ENGLISH, MailSettings.DEFAULT_ZONE, Samples.HELP_URL),
              Samples.CLOCK);

      Transport.send(
          messages.compose(
              Samples.TO,
              "Chan Tai Man\r\nBcc: evil@example.com",
              new NoticeText("Hi\r\nBcc: evil@example.com", "body")));

      MimeMessage received = onlyReceived();
      assertEquals(1, received.getAllRecipients().length);
      assertNull(received.getHeader("Bcc"));
      // GreenMail makes a mailbox for each address it delivers to.
      assertNull(greenMail.getUserManager().getUserByEmail("evil@example.com"));
    }
  }

  @Test
  void needsAnSmtpHost() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SmtpNotifications(
                MailSettings.outbox(Samples.FROM, Samples.HELP_URL), Samples.CLOCK));
  }
}
