package org.singlepassword.domain.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The list of common passwords: whole passwords only, case ignored, packed small. */
class CommonPasswordsTest {

  private final CommonPasswords list =
      CommonPasswords.of(List.of("password123", "Qwerty2024!", "iloveyou", "Straße2020", "密码123"));

  @ParameterizedTest
  @ValueSource(strings = {"password123", "Password123", "PASSWORD123", "qwerty2024!", "ILoveYou"})
  void holdsAListedPasswordWhateverItsCase(String typed) {
    assertTrue(list.contains(Password.of(typed)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password12", // a prefix
        "password1234", // longer
        "Mypassword123", // contains one
        "password 123", // a space more
        "",
      })
  void holdsOnlyWholePasswords(String typed) {
    assertFalse(list.contains(Password.of(typed)));
  }

  @Test
  void lowersTheCaseOfEveryAlphabetButDoesNotSpellLettersOut() {
    assertTrue(list.contains(Password.of("STRAßE2020")));
    assertTrue(list.contains(Password.of("密码123")));
    assertTrue(CommonPasswords.of(List.of("пароль123")).contains(Password.of("ПАРОЛЬ123")));
    // Lower case, not full case folding: "ß" is not "ss".
    assertFalse(list.contains(Password.of("strasse2020")));
  }

  @Test
  void matchesComposedAndDecomposedAccentsAlike() {
    CommonPasswords accented = CommonPasswords.of(List.of("Café2024"));

    assertTrue(accented.contains(Password.of("cafe\u03012024")));
  }

  @Test
  void keepsRepeatsOnceAndSkipsEmptyLines() {
    CommonPasswords repeated = CommonPasswords.of(List.of("abc", "ABC", "", "Abc", "abd"));

    assertEquals(2, repeated.size());
    assertTrue(repeated.contains(Password.of("aBc")));
    assertTrue(repeated.contains(Password.of("ABD")));
  }

  @Test
  void findsEveryEntryOfAListInAnyOrder() {
    List<String> entries = new ArrayList<>();
    IntStream.range(0, 5_000).forEach(i -> entries.add("entry" + (i * 7919 % 5_000)));

    CommonPasswords large = CommonPasswords.of(entries);

    assertEquals(5_000, large.size());
    assertTrue(entries.stream().allMatch(entry -> large.contains(Password.of(entry))));
    assertFalse(large.contains(Password.of("entry5000")));
    assertFalse(large.contains(Password.of("entr")));
  }

  @Test
  void anEmptyListHoldsNothing() {
    assertEquals(0, CommonPasswords.none().size());
    assertFalse(CommonPasswords.none().contains(Password.of("password")));
    assertFalse(CommonPasswords.of(List.of()).contains(Password.of("")));
  }

  @Test
  void holdsAboutItsBytesAndFourMoreAnEntry() {
    CommonPasswords tenBytesEach =
        CommonPasswords.of(
            IntStream.range(0, 1_000).mapToObj(i -> "pass%06d".formatted(i)).toList());

    assertEquals(10_000 + 4 * 1_001 + 32, tenBytesEach.memoryBytes());
  }

  @Test
  void refusesAMissingEntryAndNeverPrintsItsEntries() {
    assertThrows(NullPointerException.class, () -> CommonPasswords.of(Arrays.asList("a", null)));
    assertEquals("CommonPasswords[5 entries]", list.toString());
  }
}
