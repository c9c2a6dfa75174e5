package org.singlepassword.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.singlepassword.domain.account.EmailAddress;

/** Reads one typed setting at a time from environment variables, naming the culprit on error. */
final class SettingReader {

  private final Map<String, String> env;

  SettingReader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  Optional<String> optionalText(String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
  }

  String text(String name, String fallback) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isEmpty()).orElse(fallback);
  }

  int integer(String name, int fallback, int min, int max) {
    String text = text(name, Integer.toString(fallback)).strip();
    try {
      int value = Integer.parseInt(text);
      if (value < min || value > max) {
        throw invalid(name, text, "a whole number from " + min + " to " + max);
      }
      return value;
    } catch (NumberFormatException notANumber) {
      throw invalid(name, text, "a whole number from " + min + " to " + max);
    }
  }

  boolean bool(String name, boolean fallback) {
    String text = text(name, Boolean.toString(fallback)).strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw invalid(name, text, "true or false");
    };
  }

  Path path(String name, String fallback) {
    return Path.of(text(name, fallback)).toAbsolutePath().normalize();
  }

  URI uri(String name, String fallback) {
    String text = text(name, fallback).strip();
    try {
      URI uri = new URI(text);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
        throw invalid(name, text, "an http or https URL");
      }
      return uri;
    } catch (URISyntaxException notAUri) {
      throw invalid(name, text, "an http or https URL");
    }
  }

  Duration duration(String name, String fallback) {
    String text = text(name, fallback).strip();
    try {
      Duration value = Duration.parse(text);
      if (value.isNegative() || value.isZero()) {
        throw invalid(name, text, "a positive ISO-8601 duration such as PT30M");
      }
      return value;
    } catch (DateTimeParseException notADuration) {
      throw invalid(name, text, "a positive ISO-8601 duration such as PT30M");
    }
  }

  /** A positive duration within bounds, such as a service ticket's few seconds. */
  Duration duration(String name, String fallback, Duration least, Duration most) {
    Duration value = duration(name, fallback);
    if (value.compareTo(least) < 0 || value.compareTo(most) > 0) {
      throw invalid(name, value.toString(), "a duration from " + least + " to " + most);
    }
    return value;
  }

  EmailAddress email(String name, String fallback) {
    String text = text(name, fallback).strip();
    try {
      return new EmailAddress(text);
    } catch (IllegalArgumentException notAnAddress) {
      throw invalid(name, text, "an e-mail address such as it-help@example.edu");
    }
  }

  /** A positive duration, or "none" for a setting that can be switched off. */
  Optional<Duration> optionalDuration(String name, String fallback) {
    String text = text(name, fallback).strip();
    if (text.equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    return Optional.of(duration(name, fallback));
  }

  /** A duration that may be zero (a warning window that warns never). */
  Duration durationOrZero(String name, String fallback) {
    String text = text(name, fallback).strip();
    try {
      Duration value = Duration.parse(text);
      if (value.isNegative()) {
        throw invalid(name, text, "an ISO-8601 duration such as P14D, not negative");
      }
      return value;
    } catch (DateTimeParseException notADuration) {
      throw invalid(name, text, "an ISO-8601 duration such as P14D");
    }
  }

  private static IllegalArgumentException invalid(String name, String value, String expected) {
    return new IllegalArgumentException(name + "=" + value + " is not valid: expected " + expected);
  }
}
