package org.singlepassword.adapters.mail.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.application.port.out.notices.Notice;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.application.port.out.notices.PasswordExpiringNotice;
import org.singlepassword.application.port.out.notices.PasswordResetLinkNotice;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.eservice.EServiceId;

/** What each e-mail says in English, with times in Hong Kong. */
class NoticeWordingTest {

  // 13:30 in Hong Kong.
  private static final Instant NOW = Instant.parse("2026-11-27T05:30:00Z");
  private static final EmailAddress TO = new EmailAddress("tai.man.chan@example.edu");
  private static final DisplayName NAME = new DisplayName("Chan Tai Man");
  private static final URI HELP_URL = URI.create("https://it-help.example.edu/");
  private static final URI LINK = URI.create("https://sp.example.edu/reset/Xk7pQ2rT9vW4yZ1a");

  private final NoticeWording wording =
      new NoticeWording(Phrasebook.ENGLISH, ZoneId.of("Asia/Hong_Kong"), HELP_URL);

  @Nested
  class AResetLink {

    private final NoticeText text =
        wording.of(new PasswordResetLinkNotice(TO, NAME, LINK, NOW.plus(Duration.ofHours(1))));

    @Test
    void saysWhatItIsForInTheSubject() {
      assertEquals("Single-Password: reset your password", text.subject());
    }

    @Test
    void greetsThePersonByName() {
      assertTrue(text.body().startsWith("Dear Chan Tai Man,\n"), text.body());
    }

    @Test
    void givesTheLinkOnALineOfItsOwn() {
      assertTrue(text.body().contains("\n\n" + LINK + "\n\n"), text.body());
    }

    @Test
    void saysHowLongAndHowOftenTheLinkWorks() {
      assertTrue(
          text.body().contains("It is valid until 14:30 on 27 Nov 2026 (HKT), and only once."),
          text.body());
    }

    @Test
    void tellsAPersonWhoDidNotAskToIgnoreIt() {
      assertTrue(
          text.body()
              .contains(
                  "If you did not ask for this, ignore this e-mail: your password stays as it is."),
          text.body());
    }
  }

  @Nested
  class APasswordChange {

    @Test
    void saysSoInTheSubject() {
      assertEquals(
          "Your Single-Password password was changed", changedThrough(Channel.WEB_FORM).subject());
    }

    @ParameterizedTest
    @MethodSource("org.singlepassword.adapters.mail.wording.NoticeWordingTest#channels")
    void saysWhenAndThroughWhichEService(Channel channel, String through) {
      assertTrue(
          changedThrough(channel)
              .body()
              .contains("was changed at 13:30 on 27 Nov 2026 (HKT) " + through + ".\n"),
          changedThrough(channel).body());
    }

    @Test
    void wordsEveryKindOfChannel() {
      Set<Class<?>> worded =
          channels().map(arguments -> arguments.get()[0].getClass()).collect(Collectors.toSet());

      assertEquals(Set.of(Channel.class.getPermittedSubclasses()), worded);
    }

    @Test
    void saysThatItAppliesToEveryEService() {
      assertTrue(
          changedThrough(Channel.WEB_FORM)
              .body()
              .contains(
                  "It now applies to every e-service: Learner Portal, SOUL and Online Enrolment"
                      + " Services."));
    }

    @Test
    void tellsAPersonWhoDidNotChangeItWhatToDo() {
      String body = changedThrough(Channel.ADMINISTRATOR).body();

      assertTrue(body.contains("If you did not change it, reset your password at once"), body);
      assertTrue(body.contains("contact IT Help: https://it-help.example.edu/\n"), body);
    }

    private NoticeText changedThrough(Channel channel) {
      return wording.of(new PasswordChangedNotice(TO, NAME, NOW, channel));
    }
  }

  static Stream<Arguments> channels() {
    return Stream.of(
        Arguments.of(Channel.WEB_FORM, "in Single-Password (My Profile > Account Password)"),
        Arguments.of(Channel.ADMINISTRATOR, "by your IT administrator"),
        Arguments.of(
            Channel.PASSWORD_RESET, "with a \"Forgot your password?\" link sent to this address"),
        Arguments.of(
            Channel.eService(new EServiceId("learner-portal")),
            "through the e-service learner-portal"));
  }

  @Nested
  class AnExpiryWarning {

    private final NoticeText text =
        wording.of(new PasswordExpiringNotice(TO, NAME, NOW.plus(Duration.ofDays(14))));

    @Test
    void givesTheDayInTheSubject() {
      assertEquals("Your Single-Password password expires on 11 Dec 2026", text.subject());
    }

    @Test
    void saysWhenAndHowToChangeIt() {
      assertTrue(
          text.body()
              .contains("Your Single-Password password expires at 13:30 on 11 Dec 2026 (HKT)."),
          text.body());
      assertTrue(
          text.body().contains("click \"My Profile\", then \"Account Password\""), text.body());
    }

    @Test
    void givesTheDayAsItIsInTheInstitutionsZone() {
      // 01:00 on 12 Dec in Hong Kong, still 11 Dec in UTC.
      Instant afterMidnightInHongKong = Instant.parse("2026-12-11T17:00:00Z");

      NoticeText late = wording.of(new PasswordExpiringNotice(TO, NAME, afterMidnightInHongKong));

      assertEquals("Your Single-Password password expires on 12 Dec 2026", late.subject());
    }
  }

  @Nested
  class EveryNotice {

    @Test
    void isWorded() {
      Set<Class<?>> worded = notices().stream().map(Object::getClass).collect(Collectors.toSet());

      assertEquals(Set.of(Notice.class.getPermittedSubclasses()), worded);
    }

    @Test
    void hasNoPlaceholderLeft() {
      for (Notice notice : notices()) {
        NoticeText text = wording.of(notice);

        assertFalse(text.subject().contains("{"), text.subject());
        assertFalse(text.body().contains("{"), text.body());
      }
    }

    @Test
    void showsTimesInTheZoneItIsGiven() {
      NoticeWording inBerlin =
          new NoticeWording(Phrasebook.ENGLISH, ZoneId.of("Europe/Berlin"), HELP_URL);

      String body = inBerlin.of(new PasswordChangedNotice(TO, NAME, NOW, Channel.WEB_FORM)).body();

      assertTrue(body.contains("changed at 06:30 on 27 Nov 2026 (CET)"), body);
    }

    @Test
    void leavesANameThatLooksLikeAPlaceholderAsTyped() {
      NoticeText text =
          wording.of(
              new PasswordResetLinkNotice(
                  TO, new DisplayName("{link}"), LINK, NOW.plusSeconds(60)));

      assertTrue(text.body().startsWith("Dear {link},\n"), text.body());
    }

    private List<Notice> notices() {
      return List.of(
          new PasswordResetLinkNotice(TO, NAME, LINK, NOW),
          new PasswordChangedNotice(TO, NAME, NOW, Channel.WEB_FORM),
          new PasswordExpiringNotice(TO, NAME, NOW));
    }
  }
}
