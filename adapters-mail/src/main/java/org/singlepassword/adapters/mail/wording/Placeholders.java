package org.singlepassword.adapters.mail.wording;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {name}} placeholders of a phrasebook's texts: checked once, filled per notice. */
final class Placeholders {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private Placeholders() {}

  /**
   * @throws IllegalArgumentException naming the text and each placeholder it may not use, so that a
   *     typo in a translation stops the start instead of reaching a person as "Dear {nmae}"
   */
  static void requireOnly(String key, String text, Set<String> allowed) {
    Set<String> unknown = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(Objects.requireNonNull(text, key));
    while (matcher.find()) {
      if (!allowed.contains(matcher.group(1))) {
        unknown.add(matcher.group(1));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          key + " uses " + unknown + ", but only " + new TreeSet<>(allowed) + " are known there");
    }
  }

  /**
   * The text with each placeholder replaced by its value, in one pass: a value that itself looks
   * like a placeholder (a name typed as "{link}") stays as typed.
   */
  static String fill(String text, Map<String, String> values) {
    return PLACEHOLDER
        .matcher(text)
        .replaceAll(
            placeholder -> {
              String value = values.get(placeholder.group(1));
              if (value == null) {
                throw new IllegalStateException("no value for " + placeholder.group());
              }
              return Matcher.quoteReplacement(value);
            });
  }
}
