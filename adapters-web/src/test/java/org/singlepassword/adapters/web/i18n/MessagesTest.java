package org.singlepassword.adapters.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The two files of texts: the same keys, the same placeholders, nothing left untranslated. */
class MessagesTest {

  private final Messages english = Messages.of(Language.EN);
  private final Messages chinese = Messages.of(Language.ZH_HK);

  @Nested
  class TheTwoFiles {

    @Test
    void haveExactlyTheSameKeys() {
      Set<String> onlyEnglish = new TreeSet<>(english.keys());
      onlyEnglish.removeAll(chinese.keys());
      Set<String> onlyChinese = new TreeSet<>(chinese.keys());
      onlyChinese.removeAll(english.keys());

      assertEquals(Set.of(), onlyEnglish, "in English only");
      assertEquals(Set.of(), onlyChinese, "in Chinese only");
    }

    @Test
    void giveEachKeyTheSamePlaceholders() {
      for (String key : english.keys()) {
        assertEquals(
            Messages.placeholders(english.text(key)),
            Messages.placeholders(chinese.text(key)),
            key);
      }
    }

    @Test
    void leaveNoTextEmpty() {
      for (Language language : Language.values()) {
        Messages messages = Messages.of(language);
        for (String key : messages.keys()) {
          assertFalse(messages.text(key).isBlank(), language + " " + key);
        }
      }
    }

    @Test
    void areReadAsUtf8() {
      assertEquals("繁體中文", Language.ZH_HK.ownName());
      assertEquals("用戶名稱", chinese.text("field.username"));
      assertEquals("{page} – Single-Password", english.text("layout.title"));
    }

    @Test
    void keepTheFaqsLabelsInEnglish() {
      Map<String, String> faq =
          Map.of(
              "field.username", "Username",
              "field.password", "Password",
              "field.currentPassword", "Current password",
              "field.newPassword", "New password",
              "field.reenteredPassword", "Re-enter new password",
              "form.confirm", "Confirm",
              "myProfile.title", "My Profile",
              "accountPassword.title", "Account Password",
              "signIn.forgotPassword", "Forgot your password?");
      faq.forEach((key, label) -> assertEquals(label, english.text(key), key));
    }

    @Test
    void useTheGlossarysWordsForTheFaqsLabelsInChinese() {
      Map<String, String> glossary =
          Map.of(
              "field.username", "用戶名稱",
              "field.password", "密碼",
              "field.currentPassword", "現有密碼",
              "field.newPassword", "新密碼",
              "field.reenteredPassword", "再次輸入新密碼",
              "form.confirm", "確認",
              "myProfile.title", "我的個人資料",
              "accountPassword.title", "帳戶密碼",
              "signIn.forgotPassword", "忘記密碼？");
      glossary.forEach((key, label) -> assertEquals(label, chinese.text(key), key));
    }

    @Test
    void wordTheRulesCurrentStandardsAdd() {
      for (String rule : Set.of("COMMON_PASSWORD", "CONTAINS_PERSONAL_DATA", "TOO_SIMILAR")) {
        for (String kind : Set.of("describe", "unmet")) {
          assertTrue(english.has("rule." + rule + "." + kind), rule + " " + kind);
        }
      }
    }
  }

  @Nested
  class AText {

    @Test
    void takesItsValuesByName() {
      assertEquals(
          "Welcome, Chan Tai Man.",
          english.format("myProfile.greeting", Map.of("name", "Chan Tai Man")));
      assertEquals("歡迎你，陳大文。", chinese.format("myProfile.greeting", Map.of("name", "陳大文")));
    }

    @Test
    void leavesAValueThatLooksLikeAPlaceholderAsItIs() {
      assertEquals(
          "Welcome, {name}.", english.format("myProfile.greeting", Map.of("name", "{name}")));
    }

    @Test
    void failsLoudlyForAKeyNeitherFileHas() {
      assertThrows(IllegalArgumentException.class, () -> english.text("no.such.key"));
    }

    @Test
    void failsLoudlyForAMissingValue() {
      assertThrows(
          IllegalArgumentException.class, () -> english.format("myProfile.greeting", Map.of()));
    }
  }
}
