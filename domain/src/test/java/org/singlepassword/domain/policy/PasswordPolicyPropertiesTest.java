package org.singlepassword.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.singlepassword.domain.password.Password;

/**
 * The policy judged on generated input (seeded, ADR 0010): any text at all is judged without
 * failing, the verdict depends on the characters only, and on text mixing every kind of character
 * that matters the rules named are exactly those a plain model of the FAQ breaks. A failure names
 * its sample; {@code -Dsps.seed=N} draws other samples.
 */
class PasswordPolicyPropertiesTest {

  private static final long SEED = Long.getLong("sps.seed", 9106L);
  private static final String SAMPLE = "sample {index}";

  /** Unicode's White_Space property as PropList.txt lists it: the model's, not the code's. */
  private static final Set<Integer> WHITE_SPACE =
      Set.copyOf(
          Stream.of(
                  IntStream.rangeClosed(0x09, 0x0D),
                  IntStream.of(0x20, 0x85, 0xA0, 0x1680),
                  IntStream.rangeClosed(0x2000, 0x200A),
                  IntStream.of(0x2028, 0x2029, 0x202F, 0x205F, 0x3000))
              .flatMapToInt(range -> range)
              .boxed()
              .toList());

  private static final String FAQ_FORBIDDEN = "$\"\\/`";

  /** The FAQ's rules built from their parts, so that the model below describes exactly these. */
  private static final PasswordPolicy FAQ_RULES =
      new PasswordPolicy(
          List.of(
              new MinimumLength(10),
              new MaximumLength(128),
              new ForbiddenCharacters(FAQ_FORBIDDEN),
              RequiredCharacters.uppercase(1),
              RequiredCharacters.lowercase(1),
              RequiredCharacters.digit(1)),
          3);

  @ParameterizedTest(name = SAMPLE)
  @MethodSource("anyText")
  void judgesAnyTextNamingEachUnmetRuleOnceInThePolicysOrder(String typed) {
    PasswordPolicy policy = PasswordPolicy.faq();

    List<RuleId> named = policy.check(Password.of(typed)).stream().map(Violation::rule).toList();

    List<RuleId> inOrder =
        policy.rules().stream().map(PasswordRule::id).filter(named::contains).toList();
    assertEquals(inOrder, named, () -> codePoints(typed));
  }

  @ParameterizedTest(name = SAMPLE)
  @MethodSource("mixedText")
  void judgesTheSameCharactersTheSameWay(String typed) {
    PasswordPolicy policy = PasswordPolicy.faq();

    assertEquals(
        policy.check(Password.of(typed)),
        policy.check(Password.of(new String(typed.toCharArray()))),
        () -> codePoints(typed));
  }

  @ParameterizedTest(name = SAMPLE)
  @MethodSource("mixedText")
  void namesExactlyTheRulesTheModelBreaks(String typed) {
    Set<RuleId> named = EnumSet.noneOf(RuleId.class);
    FAQ_RULES.check(Password.of(typed)).forEach(violation -> named.add(violation.rule()));

    assertEquals(model(typed), named, () -> codePoints(typed));
  }

  @ParameterizedTest(name = SAMPLE)
  @MethodSource("mixedText")
  void namesEveryForbiddenCharacterOnceInTheOrderTyped(String typed) {
    List<String> expected =
        typed
            .codePoints()
            .filter(PasswordPolicyPropertiesTest::forbidden)
            .distinct()
            .mapToObj(Character::toString)
            .toList();

    List<?> named =
        FAQ_RULES.check(Password.of(typed)).stream()
            .filter(violation -> violation.rule() == RuleId.FORBIDDEN_CHARACTER)
            .map(violation -> violation.parameters().get("found"))
            .findFirst()
            .<List<?>>map(found -> List.copyOf((List<?>) found))
            .orElse(List.of());

    assertEquals(expected, named, () -> codePoints(typed));
  }

  @ParameterizedTest(name = SAMPLE)
  @MethodSource("acceptable")
  void acceptsAnyPasswordOfAllowedCharactersWithOneOfEachClass(String typed) {
    assertEquals(List.of(), FAQ_RULES.check(Password.of(typed)), () -> codePoints(typed));
  }

  @ParameterizedTest(name = SAMPLE)
  @MethodSource("parameters")
  void aConfiguredPolicyIsMadeOrItsParametersRefused(
      int minLength, int maxLength, String forbidden, int historyDepth) {
    boolean valid =
        minLength >= 1 && minLength <= maxLength && maxLength >= 64 && historyDepth >= 0;
    if (valid) {
      PasswordPolicy.faq(minLength, maxLength, forbidden, historyDepth)
          .check(Password.of("Correct-Horse-9"));
    } else {
      assertThrows(
          IllegalArgumentException.class,
          () -> PasswordPolicy.faq(minLength, maxLength, forbidden, historyDepth));
    }
  }

  private static Set<RuleId> model(String typed) {
    int length = typed.codePointCount(0, typed.length());
    Set<RuleId> broken = EnumSet.noneOf(RuleId.class);
    if (length < 10) {
      broken.add(RuleId.MIN_LENGTH);
    }
    if (length > 128) {
      broken.add(RuleId.MAX_LENGTH);
    }
    if (typed.codePoints().anyMatch(PasswordPolicyPropertiesTest::forbidden)) {
      broken.add(RuleId.FORBIDDEN_CHARACTER);
    }
    if (typed.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
      broken.add(RuleId.UPPERCASE);
    }
    if (typed.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      broken.add(RuleId.LOWERCASE);
    }
    if (typed.chars().noneMatch(c -> c >= '0' && c <= '9')) {
      broken.add(RuleId.DIGIT);
    }
    return broken;
  }

  private static boolean forbidden(int codePoint) {
    return FAQ_FORBIDDEN.indexOf(codePoint) >= 0 || WHITE_SPACE.contains(codePoint);
  }

  private static <T> Stream<T> samples(int count, Function<SplittableRandom, T> sample) {
    SplittableRandom random = new SplittableRandom(SEED);
    return Stream.generate(() -> sample.apply(random)).limit(count);
  }

  /** Up to 300 UTF-16 units, any of them: control characters and lone surrogates included. */
  static Stream<String> anyText() {
    return samples(200, random -> anyUnits(random, 300));
  }

  private static String anyUnits(SplittableRandom random, int longest) {
    char[] units = new char[random.nextInt(longest + 1)];
    for (int i = 0; i < units.length; i++) {
      units[i] = (char) random.nextInt(0x10000);
    }
    return new String(units);
  }

  /**
   * Up to 140 characters from an alphabet of every kind the rules tell apart: ASCII letters, digits
   * and punctuation, the forbidden ones, every kind of white space, control characters, letters and
   * digits outside ASCII that look like A-Z or 0-9, and an emoji.
   */
  static Stream<String> mixedText() {
    List<String> alphabet = new ArrayList<>();
    IntStream.rangeClosed(0x20, 0x7E).mapToObj(Character::toString).forEach(alphabet::add);
    WHITE_SPACE.stream().sorted().map(Character::toString).forEach(alphabet::add);
    Stream.of("\u0000", "\u0007", "\u001B", "\u007F", "É", "é", "ß", "Ω", "１", "٣", "😀", "\u200B")
        .forEach(alphabet::add);
    return samples(
        300,
        random -> {
          StringBuilder text = new StringBuilder();
          for (int n = random.nextInt(141); n > 0; n--) {
            text.append(alphabet.get(random.nextInt(alphabet.size())));
          }
          return text.toString();
        });
  }

  /** 10 to 128 characters, none forbidden, at least one A-Z, one a-z and one 0-9, shuffled. */
  static Stream<String> acceptable() {
    List<String> allowed = new ArrayList<>();
    IntStream.rangeClosed(0x21, 0x7E)
        .filter(c -> FAQ_FORBIDDEN.indexOf(c) < 0)
        .mapToObj(Character::toString)
        .forEach(allowed::add);
    Stream.of("É", "ß", "１", "😀").forEach(allowed::add);
    return samples(
        200,
        random -> {
          List<String> chars = new ArrayList<>(List.of("Q", "q", "7"));
          for (int n = 7 + random.nextInt(119); n > 0; n--) {
            chars.add(allowed.get(random.nextInt(allowed.size())));
          }
          Collections.shuffle(chars, new Random(random.nextLong()));
          return String.join("", chars);
        });
  }

  /** Parameters around and far from the valid ones, and any list of forbidden characters. */
  static Stream<Arguments> parameters() {
    return samples(
        200,
        random ->
            Arguments.of(
                near(random, 1, 10),
                near(random, 64, 200),
                anyUnits(random, 8),
                near(random, 0, 3)));
  }

  /** A small number around {@code low..high}, or now and then any int at all. */
  private static int near(SplittableRandom random, int low, int high) {
    return random.nextInt(10) == 0 ? random.nextInt() : random.nextInt(low - 5, high + 5);
  }

  private static String codePoints(String typed) {
    return typed.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
  }
}
