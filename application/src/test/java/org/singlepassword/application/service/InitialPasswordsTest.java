package org.singlepassword.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;

/** Initial passwords: meet the policy, differ, and can be copied from a letter without doubt. */
class InitialPasswordsTest {

  private static final int HOW_MANY = 1_000;
  private static final String LOOK_ALIKES = "0O1lI";
  private static final Duration ENOUGH = Duration.ofSeconds(10);

  private final PasswordPolicy faq = PasswordPolicy.faq();
  private final InitialPasswords initialPasswords = new InitialPasswords(faq, new SecureRandom());
  private final List<Password> generated =
      IntStream.range(0, HOW_MANY).mapToObj(i -> initialPasswords.generate()).toList();

  @Test
  void allMeetTheFaqPolicy() {
    generated.forEach(password -> assertEquals(List.of(), faq.check(password)));
  }

  @Test
  void allDiffer() {
    Set<String> distinct = new HashSet<>();
    generated.forEach(password -> distinct.add(text(password)));

    assertEquals(HOW_MANY, distinct.size());
  }

  @Test
  void noneContainsALookAlike() {
    generated.forEach(
        password ->
            assertEquals(0, password.count(c -> LOOK_ALIKES.indexOf(c) >= 0), text(password)));
  }

  @Test
  void areSixteenCharactersLongUnderTheFaq() {
    generated.forEach(password -> assertEquals(16, password.length()));
  }

  @Test
  void growToASitesLongerMinimum() {
    PasswordPolicy longer = PasswordPolicy.faq(24, 128, "$\"\\/`", 3);

    // Preemptive: a generator that misses the policy would otherwise retry forever.
    Password password =
        assertTimeoutPreemptively(
            ENOUGH, () -> new InitialPasswords(longer, new SecureRandom()).generate());

    assertEquals(24, password.length());
    assertEquals(List.of(), longer.check(password));
  }

  @Test
  void avoidAForbiddenCharacterASiteAdds() {
    PasswordPolicy noA = PasswordPolicy.faq(10, 128, "$\"\\/`Aa", 3);
    InitialPasswords initialPasswords = new InitialPasswords(noA, new SecureRandom());

    List<Password> passwords =
        assertTimeoutPreemptively(
            ENOUGH,
            () -> IntStream.range(0, 200).mapToObj(i -> initialPasswords.generate()).toList());

    passwords.forEach(password -> assertTrue(noA.check(password).isEmpty(), text(password)));
  }

  @Test
  void refusesAPolicyItsAlphabetCannotMeet() {
    PasswordPolicy noDigitsLeft = PasswordPolicy.faq(10, 128, "$\"\\/`23456789", 3);

    assertTimeoutPreemptively(
        ENOUGH,
        () ->
            assertThrows(
                IllegalArgumentException.class,
                () -> new InitialPasswords(noDigitsLeft, new SecureRandom()).generate()));
  }

  private static String text(Password password) {
    return new String(password.normalizedUtf8(), StandardCharsets.UTF_8);
  }
}
