package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Forgot your password?" through an e-service and a real SMTP server (GreenMail, in-process):
 * request, e-mail, link, new password, sign-in; and the "password changed" notice for a change made
 * through the API and through the reset, each naming its channel.
 */
class SmtpResetJourneyTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Pattern TOKEN = Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]+)");
  private static final String INITIAL = "Initial2026Pass";
  private static final String CHOSEN = "MyChosen2026Pass";

  @TempDir Path dataDir;
  private SinglePassword service;
  private EService soul;

  @BeforeEach
  void start() {
    service =
        RunningService.start(
            dataDir,
            Map.of(
                "SPS_SMTP_HOST", "127.0.0.1",
                "SPS_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "SPS_SMTP_STARTTLS", "false",
                "SPS_MAIL_FROM", "it-help@example.edu"));
    URI base = RunningService.base(service);
    EService admin = EService.administrator(base, RunningService.ADMIN_TOKEN);
    assertEquals(
        201,
        admin
            .post(
                "/api/v1/admin/accounts",
                Map.of(
                    "username", "chan.tm",
                    "email", "chan.tm@example.edu",
                    "displayName", "陳大文",
                    "initialPassword", INITIAL))
            .status());
    soul = EService.seeded(base, dataDir, "soul");
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void aResetAskedThroughAnEServiceArrivesBySmtpAndItsLinkWorksOnce() {
    assertEquals(202, soul.post("/api/v1/password-resets", Map.of("username", "chan.tm")).status());

    MimeMessage mail = awaitMail(1);
    String token = token(GreenMailUtil.getBody(mail));
    EService.Answer confirmed =
        soul.post("/api/v1/password-resets/confirm", Map.of("token", token, "newPassword", CHOSEN));
    assertEquals(204, confirmed.status(), confirmed.body());

    EService.Answer signIn =
        soul.post("/api/v1/sign-in", Map.of("username", "chan.tm", "password", CHOSEN));
    assertEquals(200, signIn.status(), signIn.body());
    assertEquals("ACTIVE", signIn.json().get("status").asText(), "the required change is met");
    EService.Answer reused =
        soul.post(
            "/api/v1/password-resets/confirm",
            Map.of("token", token, "newPassword", "Another2026Pass"));
    assertEquals(400, reused.status(), reused.body());
    String notice = GreenMailUtil.getBody(awaitMail(2));
    assertTrue(notice.contains("Forgot your password?"), notice);
  }

  @Test
  void aChangeThroughAnEServiceIsAnnouncedNamingTheEService() throws Exception {
    EService.Answer changed =
        soul.post(
            "/api/v1/accounts/chan.tm/password",
            Map.of("currentPassword", INITIAL, "newPassword", CHOSEN));
    assertEquals(204, changed.status(), changed.body());

    MimeMessage notice = awaitMail(1);
    assertEquals(
        "chan.tm@example.edu", ((InternetAddress) notice.getAllRecipients()[0]).getAddress());
    assertEquals("陳大文", ((InternetAddress) notice.getAllRecipients()[0]).getPersonal());
    assertTrue(GreenMailUtil.getBody(notice).contains("soul"), GreenMailUtil.getBody(notice));
  }

  @Test
  void anUnknownAccountGetsTheSameAnswerAndNoMail() throws InterruptedException {
    assertEquals(202, soul.post("/api/v1/password-resets", Map.of("username", "nobody")).status());
    assertEquals(202, soul.post("/api/v1/password-resets", Map.of("username", "chan.tm")).status());

    awaitMail(1);
    Thread.sleep(500);
    assertEquals(1, smtp.getReceivedMessages().length, "only the real account got a link");
  }

  private static MimeMessage awaitMail(int count) {
    assertTrue(smtp.waitForIncomingEmail(15_000, count), "no e-mail arrived");
    return smtp.getReceivedMessages()[count - 1];
  }

  private static String token(String body) {
    Matcher token = TOKEN.matcher(body.replace("=\r\n", "").replace("=3D", "="));
    assertTrue(token.find(), body);
    return token.group(1);
  }
}
