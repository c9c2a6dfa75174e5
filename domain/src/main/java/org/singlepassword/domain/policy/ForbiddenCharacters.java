package org.singlepassword.domain.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.domain.password.Password;

/**
 * "None of $ " \ / ` and no space characters". Space means any Unicode white space: tab, newline
 * and the no-break spaces that {@link Character#isWhitespace} lets through (a pasted U+00A0 looks
 * like a space and would lock a person out on a keyboard that cannot type it). A site may allow
 * white space ({@code whitespace} false), as NIST SP 800-63B asks of the space character.
 */
public record ForbiddenCharacters(String characters, boolean whitespace) implements PasswordRule {

  /** The FAQ's list. */
  public static final String FAQ = "$\"\\/`";

  public ForbiddenCharacters {
    Objects.requireNonNull(characters, "characters");
  }

  /** These characters and every space character, as the FAQ has it. */
  public ForbiddenCharacters(String characters) {
    this(characters, true);
  }

  /** Whether the rule forbids anything at all. */
  public boolean forbidsAnything() {
    return whitespace || !characters.isEmpty();
  }

  @Override
  public RuleId id() {
    return RuleId.FORBIDDEN_CHARACTER;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("characters", characters.codePoints().mapToObj(Character::toString).toList());
    parameters.put("whitespace", whitespace);
    return parameters;
  }

  @Override
  public Optional<Violation> check(Password candidate, PasswordContext context) {
    List<String> found = candidate.distinctCharacters(this::isForbidden);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> parameters = new LinkedHashMap<>(parameters());
    parameters.put("found", found);
    return Optional.of(new Violation(id(), parameters));
  }

  private boolean isForbidden(int codePoint) {
    return characters.indexOf(codePoint) >= 0 || (whitespace && isUnicodeWhiteSpace(codePoint));
  }

  /** Unicode's White_Space property: Java's two partial tests together, plus NEL (U+0085). */
  static boolean isUnicodeWhiteSpace(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == '\u0085';
  }
}
