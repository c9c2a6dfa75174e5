package org.singlepassword.domain.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.singlepassword.domain.password.Password;

/**
 * Not built from what anyone who knows the person, or the institution, would try first: the
 * candidate contains, case ignored, none of the username, the parts of the display name, the e-mail
 * address's local part or its parts, and no e-service's name or id (whole, or run together without
 * spaces and hyphens). Words shorter than {@code leastWordLength} are not looked for, so that "Ng"
 * or "Li" does not rule out half the alphabet. The violation names which of them it found, never
 * the word itself.
 */
public record NoPersonalData(int leastWordLength) implements PasswordRule {

  /** Words of 3 characters and longer, as the standards profile asks. */
  public static final int LEAST_WORD_LENGTH = 3;

  /** What splits a name into its parts: anything but a letter or a digit. */
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  public NoPersonalData {
    if (leastWordLength < 1) {
      throw new IllegalArgumentException(
          "the least word length must be at least 1, was " + leastWordLength);
    }
  }

  @Override
  public RuleId id() {
    return RuleId.CONTAINS_PERSONAL_DATA;
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of("leastWordLength", leastWordLength);
  }

  @Override
  public Optional<Violation> check(Password candidate, PasswordContext context) {
    List<String> found = new ArrayList<>();
    addIfContained(
        found, "username", candidate, context.username().stream().flatMap(this::wholeAndParts));
    addIfContained(
        found, "displayName", candidate, context.displayName().stream().flatMap(this::parts));
    addIfContained(
        found,
        "email",
        candidate,
        context.email().map(NoPersonalData::localPart).stream().flatMap(this::wholeAndParts));
    addIfContained(
        found, "eService", candidate, context.eServices().stream().flatMap(this::runTogether));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> parameters = new LinkedHashMap<>(parameters());
    parameters.put("found", List.copyOf(found));
    return Optional.of(new Violation(id(), parameters));
  }

  private void addIfContained(
      List<String> found, String kind, Password candidate, Stream<String> words) {
    if (words.filter(this::longEnough).anyMatch(candidate::containsIgnoringCase)) {
      found.add(kind);
    }
  }

  private Stream<String> parts(String text) {
    return SEPARATORS.splitAsStream(text);
  }

  private Stream<String> wholeAndParts(String text) {
    return Stream.concat(Stream.of(text), parts(text));
  }

  /** "Learner Portal" as typed and as "LearnerPortal"; "learner-portal" and "learnerportal". */
  private Stream<String> runTogether(String name) {
    return Stream.of(name, SEPARATORS.matcher(name).replaceAll(""));
  }

  private boolean longEnough(String word) {
    return word.codePointCount(0, word.length()) >= leastWordLength;
  }

  private static String localPart(String email) {
    int at = email.lastIndexOf('@');
    return at < 0 ? email : email.substring(0, at);
  }
}
