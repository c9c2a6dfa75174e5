package org.singlepassword.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.singlepassword.domain.password.CommonPasswords;
import org.singlepassword.domain.password.Password;

/** The list built into the jar, as the build put it there, and an institution's own list. */
class CommonPasswordListsTest {

  private static CommonPasswords bundled;

  @BeforeAll
  static void load() {
    bundled = CommonPasswordLists.bundled();
  }

  @Test
  void theBuiltInListHoldsTheHundredThousandMostCommonPasswords() {
    List<String> lines = CommonPasswordLists.bundledLines();

    assertTrue(lines.size() >= 100_000, "lines: " + lines.size());
    assertEquals("123456", lines.get(0));
    // Case folded and repeats removed: "Password" and "password" are one entry.
    assertTrue(bundled.size() > 95_000 && bundled.size() <= lines.size(), "size " + bundled.size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"123456", "password", "PASSWORD", "qwerty", "Password123", "iloveyou", "1qaz2wsx"})
  void refusesTheUsualSuspects(String typed) {
    assertTrue(bundled.contains(Password.of(typed)), typed);
  }

  @Test
  void doesNotRefuseAPassphraseNobodyUses() {
    assertFalse(bundled.contains(Password.of("harbour lantern quietly 7 oranges")));
  }

  @Test
  void takesWellUnderTwentyMegabytes() {
    assertTrue(bundled.memoryBytes() < 20L * 1024 * 1024, bundled.memoryBytes() + " bytes");
    assertTrue(bundled.memoryBytes() < 2L * 1024 * 1024, "packed: " + bundled.memoryBytes());
  }

  @Test
  void looksUpAPasswordWellUnderAMillisecond() {
    List<Password> candidates =
        List.of(
            Password.of("password"),
            Password.of("Harbour7Lantern"),
            Password.of("zzzzzzzzzzzzzzzzzzzzz"),
            Password.of("Chan-Soul-2024"));
    int rounds = 200_000;
    for (int warm = 0; warm < rounds; warm++) {
      bundled.contains(candidates.get(warm % candidates.size()));
    }
    int found = 0;
    long started = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      found += bundled.contains(candidates.get(round % candidates.size())) ? 1 : 0;
    }
    double microseconds = (System.nanoTime() - started) / 1_000.0 / rounds;

    assertEquals(rounds / 4, found, "one candidate in four is listed");
    // JMH measures it properly (benchmarks); this only catches a look-up gone linear.
    assertTrue(microseconds < 100, microseconds + " µs a look-up");
  }

  @Test
  void addsTheInstitutionsOwnListWholeLinesOnly(@TempDir Path dir) throws Exception {
    Path own =
        Files.writeString(
            dir.resolve("own.txt"), "\uFEFFSoul2024!\r\nlearner portal 1\n\n  zq spaced zq  \n");

    CommonPasswords both = CommonPasswordLists.load(Optional.of(own));

    assertTrue(both.contains(Password.of("soul2024!")), "the first line, without its BOM");
    assertTrue(both.contains(Password.of("Learner Portal 1")));
    assertTrue(both.contains(Password.of("  zq spaced zq  ")), "a line exactly as it is");
    assertFalse(both.contains(Password.of("zq spaced zq")));
    assertTrue(both.contains(Password.of("password")), "and the built-in list");
    assertTrue(both.size() > bundled.size());
  }

  @Test
  void refusesAnOwnListThatIsNotUtf8(@TempDir Path dir) throws Exception {
    Path latin1 =
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    UncheckedIOException refused =
        assertThrows(
            UncheckedIOException.class, () -> CommonPasswordLists.load(Optional.of(latin1)));

    assertTrue(
        refused.getCause().getMessage().contains("not UTF-8"), refused.getCause().getMessage());
  }
}
