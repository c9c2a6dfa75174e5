package org.singlepassword.adapters.web.cas;

import java.util.Map;
import org.singlepassword.adapters.web.cas.ValidationOutcome.Failure;
import org.singlepassword.adapters.web.cas.ValidationOutcome.Success;

/**
 * A validation's answer as the CAS schema writes it ({@code <cas:serviceResponse>}, Appendix A),
 * built as text with every value escaped, so that no name or address can become markup.
 */
final class ServiceResponseXml {

  static final String MEDIA_TYPE = "application/xml;charset=UTF-8";

  private static final String OPEN =
      "<cas:serviceResponse xmlns:cas=\"http://www.yale.edu/tp/cas\">\n";
  private static final String CLOSE = "</cas:serviceResponse>\n";

  private ServiceResponseXml() {}

  static String of(ValidationOutcome outcome) {
    StringBuilder xml = new StringBuilder(OPEN);
    if (outcome instanceof Success success) {
      xml.append(" <cas:authenticationSuccess>\n");
      element(xml, "  ", "user", success.user());
      xml.append("  <cas:attributes>\n");
      for (Map.Entry<String, Object> attribute : success.attributes().entrySet()) {
        element(xml, "   ", attribute.getKey(), String.valueOf(attribute.getValue()));
      }
      xml.append("  </cas:attributes>\n");
      xml.append(" </cas:authenticationSuccess>\n");
    } else if (outcome instanceof Failure failure) {
      xml.append(" <cas:authenticationFailure code=\"")
          .append(failure.code().name())
          .append("\">")
          .append(escape(failure.description()))
          .append("</cas:authenticationFailure>\n");
    }
    return xml.append(CLOSE).toString();
  }

  // Names are our own constants; only values come from accounts.
  private static void element(StringBuilder xml, String indent, String name, String value) {
    xml.append(indent)
        .append("<cas:")
        .append(name)
        .append('>')
        .append(escape(value))
        .append("</cas:")
        .append(name)
        .append(">\n");
  }

  /**
   * The text, safe in an element or an attribute value: the five markup characters escaped, and any
   * character XML 1.0 cannot hold at all replaced by U+FFFD.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
              }
            });
    return escaped.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
