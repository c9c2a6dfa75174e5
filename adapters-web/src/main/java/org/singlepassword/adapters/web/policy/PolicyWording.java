package org.singlepassword.adapters.web.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.singlepassword.adapters.web.html.Dates;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRule;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/**
 * The password policy in the FAQ's words, rendered from each rule's id and parameters: what a new
 * password must be before typing, and what went wrong after. Forbidden white space is named
 * ("space", "tab"), because an invisible character in a message helps nobody.
 */
public final class PolicyWording {

  private PolicyWording() {}

  /** One requirement, as shown before typing. */
  public record Requirement(RuleId rule, String description, Map<String, Object> parameters) {}

  /** Every requirement of the policy, the history last, as shown before typing. */
  public static List<Requirement> requirements(PasswordPolicy policy) {
    List<Requirement> requirements = new ArrayList<>();
    for (PasswordRule rule : policy.rules()) {
      requirements.add(
          new Requirement(rule.id(), describe(rule.id(), rule.parameters()), rule.parameters()));
    }
    if (policy.historyDepth() > 0) {
      requirements.add(
          new Requirement(
              RuleId.HISTORY,
              describe(RuleId.HISTORY, policy.historyParameters()),
              policy.historyParameters()));
    }
    return List.copyOf(requirements);
  }

  /** A rule before typing: "At least 10 characters long". */
  public static String describe(RuleId rule, Map<String, Object> parameters) {
    return switch (rule) {
      case MIN_LENGTH -> "At least %d characters long".formatted(number(parameters, "min"));
      case MAX_LENGTH -> "At most %d characters".formatted(number(parameters, "max"));
      case FORBIDDEN_CHARACTER -> forbiddenCharacters(parameters);
      case UPPERCASE, LOWERCASE, DIGIT -> "At least " + requiredCharacters(rule, parameters);
      case COMMON_PASSWORD -> "Not a commonly used password, such as Password123";
      case CONTAINS_PERSONAL_DATA ->
          "Free of your name, username and e-mail address, and of the e-services' names";
      case TOO_SIMILAR ->
          "Not too like your current password: change more than the number or the case";
      case HISTORY ->
          number(parameters, "depth") == 1
              ? "Not your current password"
              : "Not one of your last %d passwords".formatted(number(parameters, "depth"));
      case MIN_AGE ->
          "Not changed again within %s of the last change"
              .formatted(duration(Duration.parse(String.valueOf(parameters.get("minAge")))));
    };
  }

  /**
   * An unmet rule, as a sentence: "Your new password must be at least 10 characters long."; {@code
   * zone} is where the people are, for the date of a change made too soon.
   */
  public static String explain(Violation violation, ZoneId zone) {
    Map<String, Object> parameters = violation.parameters();
    return switch (violation.rule()) {
      case MIN_LENGTH ->
          must("be at least %d characters long".formatted(number(parameters, "min")));
      case MAX_LENGTH -> must("be at most %d characters long".formatted(number(parameters, "max")));
      case FORBIDDEN_CHARACTER -> must("not contain " + namesOfFound(parameters));
      case UPPERCASE, LOWERCASE, DIGIT ->
          must("contain at least " + requiredCharacters(violation.rule(), parameters));
      case COMMON_PASSWORD ->
          "Your new password is one of the most commonly used passwords, which are tried first:"
              + " choose one that is less common.";
      case CONTAINS_PERSONAL_DATA -> must("not contain " + personalData(parameters));
      case TOO_SIMILAR ->
          "Your new password is too like your current one: change more than the number or the"
              + " case.";
      case HISTORY ->
          number(parameters, "depth") == 1
              ? must("not be your current password")
              : must("not be one of your last %d passwords".formatted(number(parameters, "depth")));
      case MIN_AGE ->
          "You changed your password recently: you can change it again from %s."
              .formatted(
                  Dates.date(
                      Instant.parse(String.valueOf(parameters.get("changeableFrom"))), zone));
    };
  }

  private static String must(String requirement) {
    return "Your new password must " + requirement + ".";
  }

  private static String forbiddenCharacters(Map<String, Object> parameters) {
    String listed = String.join(" ", strings(parameters, "characters"));
    boolean whitespace = Boolean.TRUE.equals(parameters.get("whitespace"));
    if (listed.isEmpty()) {
      return whitespace ? "No space characters" : "No forbidden characters";
    }
    return "None of " + listed + (whitespace ? " and no space characters" : "");
  }

  /** "one uppercase letter (A - Z)", "2 digits (0 - 9)". */
  private static String requiredCharacters(RuleId rule, Map<String, Object> parameters) {
    int minimum = number(parameters, "minimum");
    String kind =
        switch (rule) {
          case UPPERCASE -> "uppercase letter";
          case LOWERCASE -> "lowercase letter";
          default -> "digit";
        };
    String count = minimum == 1 ? "one " + kind : minimum + " " + kind + "s";
    return "%s (%s - %s)".formatted(count, parameters.get("from"), parameters.get("to"));
  }

  private static String namesOfFound(Map<String, Object> parameters) {
    return either(strings(parameters, "found").stream().map(PolicyWording::name).toList());
  }

  /** "your username or your name", from what the rule found, never the word itself. */
  private static String personalData(Map<String, Object> parameters) {
    List<String> found =
        strings(parameters, "found").stream()
            .map(
                kind ->
                    switch (kind) {
                      case "username" -> "your username";
                      case "displayName" -> "your name";
                      case "email" -> "your e-mail address";
                      case "eService" -> "the name of an e-service";
                      default -> "your personal data";
                    })
            .toList();
    return found.isEmpty() ? "your name, username or e-mail address" : either(found);
  }

  /** "a", "a or b", "a, b or c". */
  private static String either(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + names.get(names.size() - 1);
  }

  /** "1 day", "12 hours", "30 minutes": the largest whole unit. */
  private static String duration(Duration duration) {
    if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
      return plural(duration.toDays(), "day");
    }
    if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
      return plural(duration.toHours(), "hour");
    }
    return plural(Math.max(1, duration.toMinutes()), "minute");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  /** A character as a person can read it: white space by name, anything else as itself. */
  public static String name(String character) {
    int codePoint = character.codePointAt(0);
    return switch (codePoint) {
      case ' ' -> "space";
      case '\t' -> "tab";
      case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029 -> "line break";
      case 0xA0, 0x2007, 0x202F -> "no-break space";
      default ->
          Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
              ? "space (U+%04X)".formatted(codePoint)
              : character;
    };
  }

  private static int number(Map<String, Object> parameters, String name) {
    return ((Number) parameters.get(name)).intValue();
  }

  private static List<String> strings(Map<String, Object> parameters, String name) {
    Object value = parameters.get(name);
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(String::valueOf).toList();
  }
}
