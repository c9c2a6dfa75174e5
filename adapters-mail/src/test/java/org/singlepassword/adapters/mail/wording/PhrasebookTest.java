package org.singlepassword.adapters.mail.wording;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A phrasebook is checked when it is made, so that a translation's typo stops the start. */
class PhrasebookTest {

  @Nested
  class ItRefuses {

    @Test
    void aMisspelledPlaceholder() {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class, () -> withResetBody("Dear {nmae},\n\n{link}\n"));

      assertTrue(refused.getMessage().startsWith("resetBody uses [nmae]"), refused.getMessage());
    }

    @Test
    void aPlaceholderOfAnotherNotice() {
      IllegalArgumentException refused =
          assertThrows(
              IllegalArgumentException.class, () -> withResetBody("Changed at {changedAt}"));

      assertTrue(refused.getMessage().contains("[changedAt]"), refused.getMessage());
    }

    @Test
    void aDatePatternJavaCannotRead() {
      assertThrows(IllegalArgumentException.class, () -> withDateTimePattern("HH:mm 'on d MMM"));
    }
  }

  private static Phrasebook withResetBody(String resetBody) {
    Phrasebook english = Phrasebook.ENGLISH;
    return new Phrasebook(
        Locale.ENGLISH,
        english.sender(),
        english.dateTimePattern(),
        english.datePattern(),
        english.resetSubject(),
        resetBody,
        english.changedSubject(),
        english.changedBody(),
        english.changedInWebForm(),
        english.changedByAdministrator(),
        english.changedWithResetLink(),
        english.changedThroughEService(),
        english.expiringSubject(),
        english.expiringBody());
  }

  private static Phrasebook withDateTimePattern(String pattern) {
    Phrasebook english = Phrasebook.ENGLISH;
    return new Phrasebook(
        Locale.ENGLISH,
        english.sender(),
        pattern,
        english.datePattern(),
        english.resetSubject(),
        english.resetBody(),
        english.changedSubject(),
        english.changedBody(),
        english.changedInWebForm(),
        english.changedByAdministrator(),
        english.changedWithResetLink(),
        english.changedThroughEService(),
        english.expiringSubject(),
        english.expiringBody());
  }
}
