package org.singlepassword.adapters.web.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.singlepassword.adapters.web.html.Dates;
import org.singlepassword.adapters.web.i18n.Messages;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRule;
import org.singlepassword.domain.policy.RuleId;
import org.singlepassword.domain.policy.Violation;

/**
 * The password policy in the FAQ's words, in the person's language, rendered from each rule's id
 * and parameters: what a new password must be before typing ({@code rule.<ID>.describe}), and what
 * went wrong after ({@code rule.<ID>.unmet}). A rule these words do not know yet still shows, in
 * general words, rather than fail a page. Forbidden white space is named ("space", "tab"), because
 * an invisible character in a message helps nobody.
 */
public final class PolicyWording {

  private static final String UNKNOWN_RULE = "rule.other";

  private PolicyWording() {}

  /** One requirement, as shown before typing. */
  public record Requirement(RuleId rule, String description, Map<String, Object> parameters) {}

  /** Every requirement of the policy, the history last, as shown before typing. */
  public static List<Requirement> requirements(PasswordPolicy policy, Messages messages) {
    List<Requirement> requirements = new ArrayList<>();
    for (PasswordRule rule : policy.rules()) {
      requirements.add(
          new Requirement(
              rule.id(), describe(rule.id(), rule.parameters(), messages), rule.parameters()));
    }
    if (policy.historyDepth() > 0) {
      requirements.add(
          new Requirement(
              RuleId.HISTORY,
              describe(RuleId.HISTORY, policy.historyParameters(), messages),
              policy.historyParameters()));
    }
    return List.copyOf(requirements);
  }

  /** A rule before typing: "At least 10 characters long". */
  public static String describe(RuleId rule, Map<String, ?> parameters, Messages messages) {
    return describe(rule.name(), parameters, messages);
  }

  /** A rule before typing, by the rule's id, which these words may not know yet. */
  static String describe(String rule, Map<String, ?> parameters, Messages messages) {
    Map<String, Object> values = values(rule, parameters, messages);
    if (rule.equals("MIN_AGE")) {
      values.put("duration", duration(parameters, messages));
    }
    return wording(rule, "describe", variant(rule, parameters), values, messages);
  }

  /**
   * An unmet rule, as a sentence: "Your new password must be at least 10 characters long."; {@code
   * zone} is where the people are, for the date of a change made too soon.
   */
  public static String explain(Violation violation, ZoneId zone, Messages messages) {
    return explain(violation.rule().name(), violation.parameters(), zone, messages);
  }

  /** An unmet rule, by the rule's id, which these words may not know yet. */
  static String explain(String rule, Map<String, ?> parameters, ZoneId zone, Messages messages) {
    Map<String, Object> values = values(rule, parameters, messages);
    if (rule.equals("MIN_AGE") && parameters.get("changeableFrom") != null) {
      Instant from = Instant.parse(String.valueOf(parameters.get("changeableFrom")));
      values.put("date", Dates.date(from, zone, messages));
    }
    return wording(rule, "unmet", variant(rule, parameters), values, messages);
  }

  /**
   * The text of {@code rule.<ID>.<kind>.<variant>}, else of {@code rule.<ID>.<kind>}, else the
   * general words of {@code rule.other.<kind>}.
   */
  private static String wording(
      String rule, String kind, String variant, Map<String, Object> values, Messages messages) {
    String key = "rule." + rule + "." + kind;
    if (!variant.isEmpty() && messages.has(key + "." + variant)) {
      return messages.format(key + "." + variant, values);
    }
    if (messages.has(key)) {
      return messages.format(key, values);
    }
    return messages.format(UNKNOWN_RULE + "." + kind, Map.of("rule", rule));
  }

  /** Which of a rule's texts fits its parameters: "one" digit or "other" (2 digits), … */
  private static String variant(String rule, Map<String, ?> parameters) {
    return switch (rule) {
      case "UPPERCASE", "LOWERCASE", "DIGIT" -> oneOrOther(parameters.get("minimum"));
      case "HISTORY" -> oneOrOther(parameters.get("depth"));
      case "CONTAINS_PERSONAL_DATA" -> strings(parameters, "found").isEmpty() ? "any" : "";
      case "FORBIDDEN_CHARACTER" -> {
        boolean listed = !strings(parameters, "characters").isEmpty();
        boolean whitespace = Boolean.TRUE.equals(parameters.get("whitespace"));
        yield listed ? (whitespace ? "" : "listed") : (whitespace ? "whitespace" : "nothing");
      }
      default -> "";
    };
  }

  private static String oneOrOther(Object count) {
    return count instanceof Number number && number.intValue() == 1 ? "one" : "other";
  }

  /** The rule's parameters as a text may name them, and the forbidden characters made readable. */
  private static Map<String, Object> values(
      String rule, Map<String, ?> parameters, Messages messages) {
    Map<String, Object> values = new LinkedHashMap<>();
    parameters.forEach((name, value) -> values.put(name, String.valueOf(value)));
    if (rule.equals("FORBIDDEN_CHARACTER")) {
      values.put("characters", String.join(" ", strings(parameters, "characters")));
      values.put("found", namesOfFound(parameters, messages));
    }
    if (rule.equals("CONTAINS_PERSONAL_DATA")) {
      // Which kinds of data, never the word found: the message may be seen over a shoulder.
      values.put(
          "found",
          joined(
              strings(parameters, "found").stream()
                  .map(kind -> messages.text("rule.CONTAINS_PERSONAL_DATA.kind." + kind))
                  .toList(),
              messages));
    }
    return values;
  }

  /** "$, space, tab or \" — each found character by name, the last joined by "or". */
  private static String namesOfFound(Map<String, ?> parameters, Messages messages) {
    return joined(
        strings(parameters, "found").stream().map(found -> name(found, messages)).toList(),
        messages);
  }

  private static String joined(List<String> names, Messages messages) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(messages.text("list.separator"), names.subList(0, names.size() - 1))
        + messages.text("list.lastSeparator")
        + names.get(names.size() - 1);
  }

  /** "1 day", "12 hours", "30 minutes": the largest whole unit. */
  private static String duration(Map<String, ?> parameters, Messages messages) {
    Duration duration = Duration.parse(String.valueOf(parameters.get("minAge")));
    if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
      return count("duration.day", duration.toDays(), messages);
    }
    if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
      return count("duration.hour", duration.toHours(), messages);
    }
    return count("duration.minute", Math.max(1, duration.toMinutes()), messages);
  }

  private static String count(String key, long count, Messages messages) {
    return messages.format(key + (count == 1 ? ".one" : ".other"), Map.of("count", count));
  }

  /** A character as a person can read it: white space by name, anything else as itself. */
  public static String name(String character, Messages messages) {
    int codePoint = character.codePointAt(0);
    return switch (codePoint) {
      case ' ' -> messages.text("character.space");
      case '\t' -> messages.text("character.tab");
      case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029 -> messages.text("character.lineBreak");
      case 0xA0, 0x2007, 0x202F -> messages.text("character.noBreakSpace");
      default ->
          Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
              ? messages.format(
                  "character.otherSpace", Map.of("code", "U+%04X".formatted(codePoint)))
              : character;
    };
  }

  private static List<String> strings(Map<String, ?> parameters, String name) {
    Object value = parameters.get(name);
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(String::valueOf).toList();
  }
}
