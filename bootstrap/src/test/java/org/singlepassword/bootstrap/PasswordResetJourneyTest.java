package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Forgot your password?" end to end on the embedded defaults: the request on the web form, the
 * e-mail in the file outbox, the link, the new password, and the sign-in with it; plus the notice
 * that every change sends, whatever the channel.
 */
class PasswordResetJourneyTest {

  private static final String INITIAL = "Initial2026Pass";
  private static final String CHOSEN = "MyChosen2026Pass";

  @TempDir Path dataDir;
  private SinglePassword service;
  private URI base;
  private Outbox outbox;

  @BeforeEach
  void startAndProvision() {
    service = RunningService.start(dataDir);
    base = RunningService.base(service);
    outbox = new Outbox(dataDir);
    EService.Answer created =
        EService.administrator(base, RunningService.ADMIN_TOKEN)
            .post(
                "/api/v1/admin/accounts",
                Map.of(
                    "username", "chan.tm",
                    "email", "chan.tm@example.edu",
                    "displayName", "Chan Tai Man",
                    "initialPassword", INITIAL));
    assertEquals(201, created.status(), created.body());
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void aForgottenPasswordIsReplacedThroughTheEmailedLinkOnceOnly() throws Exception {
    HttpResponse<String> asked =
        new Person(base).submit("/forgot-password", Map.of("identifier", "chan.tm@example.edu"));
    assertEquals(200, asked.statusCode(), asked.body());

    Outbox.Mail mail = outbox.await(message -> message.body().contains("/reset-password?token="));
    assertEquals("chan.tm@example.edu", mail.to().replaceAll(".*<|>.*", ""));
    URI link = URI.create(mail.resetLink());

    Person person = new Person(base);
    String page = base.resolve(link.getRawPath() + "?" + link.getRawQuery()).toString();
    person.get(page);
    HttpResponse<String> reset =
        person.submitOpened(
            "/reset-password", Map.of("newPassword", CHOSEN, "reenteredPassword", CHOSEN));
    assertEquals(200, reset.statusCode(), reset.body());

    assertEquals(401, new Person(base).signIn("chan.tm", INITIAL).statusCode());
    assertEquals(303, new Person(base).signIn("chan.tm", CHOSEN).statusCode());

    Person again = new Person(base);
    again.get(page);
    HttpResponse<String> reused =
        again.submitOpened(
            "/reset-password",
            Map.of("newPassword", "Another2026Pass", "reenteredPassword", "Another2026Pass"));
    assertEquals(400, reused.statusCode(), "a used link is void");
    outbox.await(message -> message.subject().contains("changed"));
  }

  @Test
  void theAnswerIsTheSameForAnAccountThatDoesNotExistAndNoMailIsSent() throws Exception {
    HttpResponse<String> known =
        new Person(base).submit("/forgot-password", Map.of("identifier", "chan.tm"));
    HttpResponse<String> unknown =
        new Person(base).submit("/forgot-password", Map.of("identifier", "nobody.here"));

    assertEquals(known.statusCode(), unknown.statusCode());
    assertEquals(withoutTokens(known.body()), withoutTokens(unknown.body()));
    outbox.await(message -> message.body().contains("/reset-password?token="));
    Thread.sleep(500);
    assertEquals(1, outbox.all().size(), "only the real account got a link");
  }

  @Test
  void aChangeOnTheWebFormIsAnnouncedByEmail() throws Exception {
    Person person = new Person(base);
    person.signIn("chan.tm", INITIAL);
    person.changePassword(INITIAL, CHOSEN, CHOSEN);

    Outbox.Mail notice = outbox.await(message -> message.subject().contains("changed"));
    assertTrue(notice.body().contains("Account Password"), notice.body());
  }

  private static String withoutTokens(String body) {
    return body.replaceAll("value=\"[^\"]*\"", "value=\"\"");
  }
}
