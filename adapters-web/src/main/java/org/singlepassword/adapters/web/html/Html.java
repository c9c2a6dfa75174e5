package org.singlepassword.adapters.web.html;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A piece of markup that is safe to put on a page. Pages are written as text blocks, and every
 * value put into one goes through {@link #render}: plain text is escaped there, so a display name
 * or a typed username can never become markup.
 */
public record Html(String markup) {

  public Html {
    Objects.requireNonNull(markup, "markup");
  }

  /** Plain text, escaped. */
  public static Html text(String plain) {
    return new Html(escape(plain));
  }

  /**
   * The template (a text block with {@code %s} placeholders) filled with the values: an {@code
   * Html} value goes in as markup, anything else as escaped text.
   */
  public static Html render(String template, Object... values) {
    Object[] safe = Arrays.stream(values).map(Html::markupOf).toArray();
    return new Html(template.formatted(safe));
  }

  /** The pieces one after the other. */
  public static Html join(List<Html> pieces) {
    return new Html(pieces.stream().map(Html::markup).collect(Collectors.joining("\n")));
  }

  /** Nothing at all, for an optional part of a page that is absent. */
  public static Html empty() {
    return new Html("");
  }

  private static String markupOf(Object value) {
    return value instanceof Html html ? html.markup() : escape(String.valueOf(value));
  }

  /** Escapes the five characters that could end a text node or an attribute value. */
  public static String escape(String plain) {
    StringBuilder escaped = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return markup;
  }
}
