package org.singlepassword.adapters.web.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The browser's {@code Accept-Language} (RFC 9110), read for the first of its ranges, by weight,
 * that one of our languages serves. Any Chinese written in Traditional characters, or Chinese with
 * no script or region at all, is served by zh-HK; Simplified Chinese is not, and falls through to
 * the person's next choice, as does any other language we do not have.
 */
public final class AcceptLanguage {

  /** A header longer than any browser sends is not read at all. */
  private static final int MAX_LENGTH = 1024;

  private AcceptLanguage() {}

  /** Our language the header asks for first; empty when it asks for none of ours. */
  public static Optional<Language> preferred(String header) {
    if (header == null || header.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    List<Range> ranges = new ArrayList<>();
    String[] parts = header.split(",");
    for (String part : parts) {
      Range.parse(part).ifPresent(ranges::add);
    }
    // Stable: among ranges of equal weight the header's own order decides.
    ranges.sort(Comparator.comparingDouble(Range::weight).reversed());
    return ranges.stream()
        .filter(range -> range.weight() > 0)
        .map(range -> serving(range.tag()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Our language for one language range: "zh-HK", "zh-Hant-TW", "en-GB", … */
  static Optional<Language> serving(String range) {
    String tag = range.toLowerCase(Locale.ROOT);
    if (tag.equals("en") || tag.startsWith("en-")) {
      return Optional.of(Language.EN);
    }
    boolean traditional =
        tag.equals("zh")
            || tag.startsWith("zh-hant")
            || tag.equals("zh-hk")
            || tag.equals("zh-tw")
            || tag.equals("zh-mo");
    return traditional ? Optional.of(Language.ZH_HK) : Optional.empty();
  }

  private record Range(String tag, double weight) {

    static Optional<Range> parse(String part) {
      String[] pieces = part.split(";");
      String tag = pieces.length == 0 ? "" : pieces[0].strip();
      if (tag.isEmpty()) {
        return Optional.empty();
      }
      double weight = 1.0;
      for (int i = 1; i < pieces.length; i++) {
        String parameter = pieces[i].strip();
        if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
          try {
            weight = Double.parseDouble(parameter.substring(2));
          } catch (NumberFormatException unreadable) {
            return Optional.empty();
          }
        }
      }
      if (!(weight >= 0 && weight <= 1)) {
        return Optional.empty();
      }
      return Optional.of(new Range(tag, weight));
    }
  }
}
