package org.singlepassword.adapters.web.api;

import java.util.Optional;
import java.util.function.Function;

/**
 * Parses a request's strings into value objects at the edge. A missing value, or one its value
 * object refuses, is a 400 problem naming the field, with the value object's own explanation.
 */
public final class Fields {

  private Fields() {}

  /**
   * @throws ProblemException when the value is missing or does not parse
   */
  public static <T> T required(String field, String value, Function<String, T> parse) {
    if (value == null) {
      throw new ProblemException(Problems.invalidField(field, "is required"));
    }
    return parse(field, value, parse);
  }

  /**
   * The parsed value, or empty when the value is missing.
   *
   * @throws ProblemException when the value does not parse
   */
  public static <T> Optional<T> optional(String field, String value, Function<String, T> parse) {
    return value == null ? Optional.empty() : Optional.of(parse(field, value, parse));
  }

  private static <T> T parse(String field, String value, Function<String, T> parse) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException refused) {
      // Value objects explain themselves for people ("a username is 1 to 64 of ...") and never
      // quote the value, so the explanation is safe to pass on.
      throw new ProblemException(Problems.invalidField(field, refused.getMessage()));
    }
  }
}
