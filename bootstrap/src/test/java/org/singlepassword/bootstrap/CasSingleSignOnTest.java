package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apereo.cas.client.validation.Assertion;
import org.apereo.cas.client.validation.Cas30ServiceTicketValidator;
import org.apereo.cas.client.validation.TicketValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single sign-on as two e-services live it, with Apereo's own Java CAS client checking the tickets
 * the running service issues: one sign-in reaches SOUL and Learner Portal, a ticket works once and
 * only for its e-service, and a change of password made in one is the only password of the other.
 */
class CasSingleSignOnTest {

  private static final String SOUL = "https://soul.example.edu/login/cas";
  private static final String LEARNER_PORTAL = "https://learner-portal.example.edu/portal/";
  private static final String INITIAL = "Issued4Chan2026";
  private static final String CHOSEN = "Harbour7Lights";
  private static final String LATER = "Kowloon9Ferry";
  private static final Pattern TICKET = Pattern.compile("[?&]ticket=(ST-[A-Za-z0-9_-]+)$");

  @TempDir Path dataDir;
  private SinglePassword service;
  private URI base;
  private Cas30ServiceTicketValidator soulValidator;
  private Cas30ServiceTicketValidator portalValidator;

  @BeforeEach
  void start() {
    service = RunningService.start(dataDir);
    base = RunningService.base(service);
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
    // Each e-service has its own client, as two separate applications would.
    soulValidator = new Cas30ServiceTicketValidator(base.resolve("/cas").toString());
    portalValidator = new Cas30ServiceTicketValidator(base.resolve("/cas").toString());
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void oneSignInReachesBothEServicesAndATicketWorksOnceForItsOwnEService() throws Exception {
    Person person = new Person(base);
    String soulTicket = firstSignIn(person);

    Assertion atSoul = soulValidator.validate(soulTicket, SOUL);
    assertEquals("chan.tm", atSoul.getPrincipal().getName());
    Map<String, Object> attributes = atSoul.getPrincipal().getAttributes();
    assertEquals("chan.tm@example.edu", attributes.get("email"));
    assertEquals("Chan Tai Man", attributes.get("displayName"));
    assertTrue(attributes.containsKey("passwordExpiresAt"), attributes.toString());

    HttpResponse<String> toPortal = person.get(login(LEARNER_PORTAL));
    assertEquals(302, toPortal.statusCode(), "single sign-on: no form the second time");
    String portalTicket = ticket(toPortal, LEARNER_PORTAL);
    assertEquals(
        "chan.tm", portalValidator.validate(portalTicket, LEARNER_PORTAL).getPrincipal().getName());

    assertThrows(
        TicketValidationException.class,
        () -> soulValidator.validate(soulTicket, SOUL),
        "a ticket is good once");
    String another = ticket(person.get(login(LEARNER_PORTAL)), LEARNER_PORTAL);
    assertThrows(
        TicketValidationException.class,
        () -> soulValidator.validate(another, SOUL),
        "a ticket is good only for the e-service it was issued for");
    assertThrows(
        TicketValidationException.class,
        () -> portalValidator.validate(another, LEARNER_PORTAL),
        "a refused ticket is used up all the same");
  }

  @Test
  void aChangeMadeInSoulEndsSingleSignOnAndLearnerPortalAcceptsOnlyTheNewPassword()
      throws Exception {
    Person person = new Person(base);
    soulValidator.validate(firstSignIn(person), SOUL);

    EService.Answer changed =
        EService.seeded(base, dataDir, "soul")
            .post(
                "/api/v1/accounts/chan.tm/password",
                Map.of("currentPassword", CHOSEN, "newPassword", LATER));
    assertEquals(204, changed.status(), changed.body());

    HttpResponse<String> toPortal = person.get(login(LEARNER_PORTAL));
    assertEquals(200, toPortal.statusCode(), "the change ended the single sign-on session");
    assertTrue(toPortal.body().contains("Learner Portal"), "the form names the e-service");

    HttpResponse<String> withOldPassword =
        person.submitOpened("/cas/login", Map.of("username", "chan.tm", "password", CHOSEN));
    assertFalse(withOldPassword.headers().firstValue("Location").isPresent());
    assertEquals(401, withOldPassword.statusCode());

    HttpResponse<String> withNewPassword =
        person.submit(
            login(LEARNER_PORTAL), "/cas/login", Map.of("username", "chan.tm", "password", LATER));
    Assertion atPortal =
        portalValidator.validate(ticket(withNewPassword, LEARNER_PORTAL), LEARNER_PORTAL);
    assertEquals("chan.tm", atPortal.getPrincipal().getName());
  }

  @Test
  void renewAsksForThePasswordAgainAndTellsTheEServiceSo() throws Exception {
    Person person = new Person(base);
    soulValidator.validate(firstSignIn(person), SOUL);

    String fromSingleSignOn = ticket(person.get(login(SOUL)), SOUL);
    soulValidator.setRenew(true);
    assertThrows(
        TicketValidationException.class,
        () -> soulValidator.validate(fromSingleSignOn, SOUL),
        "renew: a ticket from single sign-on is not enough");

    HttpResponse<String> form = person.get(login(SOUL) + "&renew=true");
    assertEquals(200, form.statusCode(), "renew: the form even with a session");
    HttpResponse<String> signedIn =
        person.submitOpened("/cas/login", Map.of("username", "chan.tm", "password", CHOSEN));
    assertEquals(
        "chan.tm", soulValidator.validate(ticket(signedIn, SOUL), SOUL).getPrincipal().getName());
  }

  @Test
  void anUnregisteredAddressGetsNoFormNoTicketAndNoRedirect() {
    Person person = new Person(base);
    soulValidator.setRenew(false);
    for (String elsewhere :
        new String[] {
          "https://evil.example/steal",
          "https://soul.example.edu.evil.example/login/cas",
          "https://soul.example.edu@evil.example/login/cas",
          "javascript:alert(1)"
        }) {
      HttpResponse<String> refused = person.get(login(elsewhere));
      assertEquals(400, refused.statusCode(), elsewhere);
      assertFalse(refused.headers().firstValue("Location").isPresent(), elsewhere);
      HttpResponse<String> out = person.get("/cas/logout?service=" + encode(elsewhere));
      assertFalse(
          out.headers().firstValue("Location").filter(to -> to.contains("evil")).isPresent(),
          elsewhere);
    }
  }

  /**
   * The first-time login through CAS: the form, then the Account Password step inside the CAS
   * login, and only then a ticket for SOUL.
   */
  private String firstSignIn(Person person) {
    HttpResponse<String> form = person.get(login(SOUL));
    assertEquals(200, form.statusCode(), form.body());
    assertTrue(form.body().contains("SOUL"), "the form names the e-service");

    HttpResponse<String> mustChange =
        person.submitOpened("/cas/login", Map.of("username", "chan.tm", "password", INITIAL));
    assertFalse(mustChange.headers().firstValue("Location").isPresent(), "no ticket yet");
    for (String label :
        new String[] {"Current password", "New password", "Re-enter new password", "Confirm"}) {
      assertTrue(mustChange.body().contains(label), label + " in " + mustChange.body());
    }
    HttpResponse<String> changed =
        person.submitOpened(
            "/cas/password",
            Map.of(
                "currentPassword", INITIAL,
                "newPassword", CHOSEN,
                "reenteredPassword", CHOSEN));
    return ticket(changed, SOUL);
  }

  private static String ticket(HttpResponse<String> redirect, String service) {
    String location =
        redirect
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no redirect: " + redirect.statusCode() + " " + redirect.body()));
    assertTrue(location.startsWith(service + "?ticket=ST-"), location);
    Matcher ticket = TICKET.matcher(location);
    assertTrue(ticket.find(), location);
    return ticket.group(1);
  }

  private static String login(String service) {
    return "/cas/login?service=" + encode(service);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
