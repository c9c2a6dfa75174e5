package org.singlepassword.adapters.web.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.singlepassword.domain.policy.PasswordPolicy;
import org.singlepassword.domain.policy.PasswordRule;

/**
 * The policy as a password manager reads it: the {@code passwordrules} attribute of "New password"
 * (Apple's proposal), so that a suggested password meets the policy at the first try. It says what
 * the attribute's grammar can: the lengths, each required class that is the whole of A-Z, a-z or
 * 0-9, and which characters are allowed; rules it cannot say are left to the server.
 */
public final class PasswordRules {

  private PasswordRules() {}

  /** "minlength: 10; required: upper; required: lower; required: digit; allowed: …". */
  public static String of(PasswordPolicy policy) {
    List<String> rules = new ArrayList<>();
    String maxLength = null;
    String forbidden = "";
    boolean whitespace = false;
    for (PasswordRule rule : policy.rules()) {
      Map<String, Object> parameters = rule.parameters();
      switch (rule.id().name()) {
        case "MIN_LENGTH" -> rules.add("minlength: " + parameters.get("min"));
        case "MAX_LENGTH" -> maxLength = "maxlength: " + parameters.get("max");
        case "UPPERCASE" -> requiredClass(rules, parameters, "A", "Z", "upper");
        case "LOWERCASE" -> requiredClass(rules, parameters, "a", "z", "lower");
        case "DIGIT" -> requiredClass(rules, parameters, "0", "9", "digit");
        case "FORBIDDEN_CHARACTER" -> {
          forbidden = String.join("", listOf(parameters.get("characters")));
          whitespace = Boolean.TRUE.equals(parameters.get("whitespace"));
        }
        default -> {
          // Common passwords, personal data, likeness: no grammar for them; the server judges.
        }
      }
    }
    rules.add("allowed: upper, lower, digit, " + specials(forbidden, whitespace));
    if (maxLength != null) {
      rules.add(maxLength);
    }
    return String.join("; ", rules);
  }

  private static void requiredClass(
      List<String> rules, Map<String, Object> parameters, String from, String to, String name) {
    if (from.equals(String.valueOf(parameters.get("from")))
        && to.equals(String.valueOf(parameters.get("to")))) {
      rules.add("required: " + name);
    }
  }

  /**
   * The ASCII punctuation (and the space, unless white space is forbidden) that is not forbidden,
   * as a custom class: "-" first and "]" last, as the grammar wants them.
   */
  private static String specials(String forbidden, boolean whitespace) {
    StringBuilder allowed = new StringBuilder();
    boolean dash = false;
    boolean closingBracket = false;
    for (char c = ' '; c <= '~'; c++) {
      boolean special = !Character.isLetterOrDigit(c);
      if (!special || forbidden.indexOf(c) >= 0 || (c == ' ' && whitespace)) {
        continue;
      }
      if (c == '-') {
        dash = true;
      } else if (c == ']') {
        closingBracket = true;
      } else {
        allowed.append(c);
      }
    }
    return "[" + (dash ? "-" : "") + allowed + (closingBracket ? "]" : "") + "]";
  }

  private static List<String> listOf(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(String::valueOf).toList();
  }
}
