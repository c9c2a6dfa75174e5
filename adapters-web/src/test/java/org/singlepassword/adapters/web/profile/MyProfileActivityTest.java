package org.singlepassword.adapters.web.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.singlepassword.adapters.web.testing.Browser;
import org.singlepassword.adapters.web.testing.FakeSessions;
import org.singlepassword.adapters.web.testing.People;
import org.singlepassword.adapters.web.testing.Response;
import org.singlepassword.adapters.web.testing.RunningServer;
import org.singlepassword.adapters.web.testing.TestClock;
import org.singlepassword.adapters.web.testing.UseCaseStubs;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.audit.AuditEvent;
import org.singlepassword.domain.audit.AuditEventType;
import org.singlepassword.domain.audit.ClientAddress;
import org.singlepassword.domain.eservice.EServiceId;

/** My Profile's "Recent activity": the person's own audit, in their words. */
class MyProfileActivityTest {

  private static final Username CHAN = new Username("chan.tm");
  private static final Instant AT = Instant.parse("2025-03-14T08:30:00Z");

  private final FakeSessions sessions = new FakeSessions();
  private final List<Integer> limits = new CopyOnWriteArrayList<>();
  private final AtomicReference<List<AuditEvent>> events = new AtomicReference<>(List.of());
  private RunningServer server;
  private Browser browser;

  @BeforeEach
  void start() {
    server =
        RunningServer.start(
            new UseCaseStubs()
                .sessions(sessions)
                .listAccountActivity(
                    (username, limit) -> {
                      assertEquals(CHAN, username);
                      limits.add(limit);
                      return events.get();
                    }),
            RunningServer.settings(new TestClock()));
    browser = server.browser();
    browser.setCookie("sps_session", sessions.signIn(People.chan()));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static AuditEvent event(AuditEventType type, Channel channel) {
    return new AuditEvent(AT, CHAN, type, channel, Optional.empty());
  }

  @Test
  void asksForTheLastTenEventsOfThePersonsOwnAccount() {
    Response page = browser.get("/profile");

    assertEquals(List.of(10), limits);
    assertTrue(page.body().contains("<h2 id=\"recent-activity\">Recent activity</h2>"));
    assertTrue(page.body().contains("<p>No activity yet.</p>"));
  }

  @Test
  void showsWhenAndFromWhereWhenTheAddressIsKnown() {
    events.set(
        List.of(
            new AuditEvent(
                AT,
                CHAN,
                AuditEventType.SIGN_IN_SUCCEEDED,
                Channel.eService(new EServiceId("soul")),
                Optional.of(new ClientAddress("203.0.113.7")))));

    Response page = browser.get("/profile");

    assertTrue(
        page.body()
            .contains(
                "<li><time datetime=\"2025-03-14T08:30:00Z\">14 March 2025, 08:30</time> Signed in"
                    + " through soul, from 203.0.113.7</li>"),
        page.body());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SIGN_IN_SUCCEEDED | web | Signed in through Single-Password",
        "SIGN_IN_FAILED | e-service:soul | Wrong password given through soul",
        "PASSWORD_CHANGED | e-service:learner-portal | Password changed through learner-portal",
        "PASSWORD_CHANGE_REJECTED | web | Wrong current password given to change it through"
            + " Single-Password",
        "ACCOUNT_LOCKED | web | Account locked after too many wrong passwords",
        "ACCOUNT_UNLOCKED | admin | Account unlocked by your administrator",
        "PASSWORD_EXPIRED_BY_ADMINISTRATOR | admin | Password change required by your"
            + " administrator",
        "ACCOUNT_DISABLED | admin | Account disabled by your administrator",
        "ACCOUNT_CREATED | admin | Account created by your administrator"
      })
  void saysEachEventInThePersonsWords(String type, String channel, String words) {
    events.set(List.of(event(AuditEventType.valueOf(type), Channel.parse(channel))));

    Response page = browser.get("/profile");

    assertTrue(page.body().contains("</time> " + words + "</li>"), page.body());
  }
}
