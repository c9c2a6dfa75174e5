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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.application.port.out.notices.Notice;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.application.port.out.notices.PasswordExpiringNotice;
import org.singlepassword.application.port.out.notices.PasswordResetLinkNotice;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.eservice.EServiceId;

/**
 * Every e-mail in both languages: accounts keep no language, so each notice says it in Traditional
 * Chinese and then in English, each part whole in its language.
 */
class BothLanguagesTest {

  // 13:30 in Hong Kong.
  private static final Instant NOW = Instant.parse("2026-11-27T05:30:00Z");
  private static final EmailAddress TO = new EmailAddress("tai.man.chan@example.edu");
  private static final DisplayName NAME = new DisplayName("陳大文");
  private static final URI HELP_URL = URI.create("https://it-help.example.edu/");
  private static final URI LINK = URI.create("https://sp.example.edu/reset/Xk7pQ2rT9vW4yZ1a");
  private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

  private final NoticeWording both = NoticeWording.inBothLanguages(HONG_KONG, HELP_URL);
  private final NoticeWording chinese =
      new NoticeWording(Phrasebook.TRADITIONAL_CHINESE, HONG_KONG, HELP_URL);
  private final NoticeWording english = new NoticeWording(Phrasebook.ENGLISH, HONG_KONG, HELP_URL);

  static List<Notice> notices() {
    return List.of(
        new PasswordResetLinkNotice(TO, NAME, LINK, NOW.plus(Duration.ofMinutes(30))),
        new PasswordChangedNotice(TO, NAME, NOW, Channel.WEB_FORM),
        new PasswordChangedNotice(TO, NAME, NOW, Channel.ADMINISTRATOR),
        new PasswordChangedNotice(TO, NAME, NOW, Channel.PASSWORD_RESET),
        new PasswordChangedNotice(TO, NAME, NOW, Channel.eService(new EServiceId("soul"))),
        new PasswordExpiringNotice(TO, NAME, NOW.plus(Duration.ofDays(14))));
  }

  @Test
  void coverEveryKindOfNotice() {
    Set<Class<?>> covered = notices().stream().map(Object::getClass).collect(Collectors.toSet());

    assertEquals(Set.of(Notice.class.getPermittedSubclasses()), covered);
  }

  @ParameterizedTest
  @MethodSource("notices")
  void haveBothSubjectsJoinedChineseFirst(Notice notice) {
    assertEquals(
        chinese.of(notice).subject() + "／" + english.of(notice).subject(),
        both.of(notice).subject());
  }

  @ParameterizedTest
  @MethodSource("notices")
  void haveTheChineseBodyThenTheEnglishOneEachWhole(Notice notice) {
    String body = both.of(notice).body();
    String inChinese = chinese.of(notice).body();
    String inEnglish = english.of(notice).body();

    assertTrue(body.startsWith(inChinese), body);
    assertTrue(body.endsWith(inEnglish), body);
    assertTrue(body.contains("\n-----"), "a line between the languages: " + body);
    assertFalse(inChinese.contains("Dear"), inChinese);
    assertFalse(inChinese.contains("{"), inChinese);
  }

  @Test
  void comeFromSinglePasswordInBothLanguages() {
    assertEquals("單一密碼 Single-Password", both.sender());
    assertEquals(List.of("zh-HK", "en"), both.languageTags());
  }

  @Nested
  class InTraditionalChinese {

    @Test
    void aResetLinkGreetsGivesTheLinkAndSaysHowLongItWorks() {
      NoticeText text =
          chinese.of(new PasswordResetLinkNotice(TO, NAME, LINK, NOW.plus(Duration.ofHours(1))));

      assertEquals("單一密碼：重設你的密碼", text.subject());
      assertTrue(text.body().startsWith("陳大文，你好：\n"), text.body());
      assertTrue(text.body().contains("\n\n" + LINK + "\n\n"), text.body());
      assertTrue(text.body().contains("此連結有效至 2026年11月27日 14:30 (HKT)，並只可使用一次。"), text.body());
    }

    @Test
    void aChangeSaysWhenAndThroughWhichEService() {
      NoticeText text =
          chinese.of(
              new PasswordChangedNotice(TO, NAME, NOW, Channel.eService(new EServiceId("soul"))));

      assertEquals("你的單一密碼已更改", text.subject());
      assertTrue(
          text.body().contains("你的單一密碼已於 2026年11月27日 13:30 (HKT) 透過電子服務 soul 更改。"), text.body());
      assertTrue(text.body().contains("「忘記密碼？」"), text.body());
    }

    @Test
    void anExpiryWarningGivesTheDayAndTheWayThroughMyProfile() {
      NoticeText text =
          chinese.of(new PasswordExpiringNotice(TO, NAME, NOW.plus(Duration.ofDays(14))));

      assertEquals("你的單一密碼將於 2026年12月11日 到期", text.subject());
      assertTrue(text.body().contains("「我的個人資料」"), text.body());
      assertTrue(text.body().contains("「帳戶密碼」"), text.body());
    }
  }
}
