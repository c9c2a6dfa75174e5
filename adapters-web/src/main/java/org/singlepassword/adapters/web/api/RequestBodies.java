package org.singlepassword.adapters.web.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What every request body of the API must be: of the one media type its address reads, in UTF-8. A
 * body that claims another charset, or whose bytes are not UTF-8, is refused rather than guessed
 * at: a guess could turn "陳大文" into another name.
 */
public final class RequestBodies {

  private RequestBodies() {}

  /** Whether the Content-Type header names this media type, with no charset or UTF-8. */
  public static boolean isInUtf8(String contentType, String mediaType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase(mediaType)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
      if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
        return false;
      }
    }
    return true;
  }

  /** The bytes as text, or empty when they are not valid UTF-8. */
  public static Optional<String> utf8(byte[] body) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString());
    } catch (CharacterCodingException invalid) {
      return Optional.empty();
    }
  }
}
