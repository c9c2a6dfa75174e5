package org.singlepassword.adapters.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What came back over the socket: status, headers and body, with the few look-ups tests need. */
public record Response(int status, java.net.http.HttpHeaders headers, String body) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]*)\">");

  static Response of(HttpResponse<String> response) {
    return new Response(response.statusCode(), response.headers(), response.body());
  }

  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  public String location() {
    return header("Location");
  }

  public List<String> setCookies() {
    return headers.allValues("Set-Cookie");
  }

  /** The Set-Cookie header for this cookie, if the response set or cleared it. */
  public Optional<String> setCookie(String name) {
    return setCookies().stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
  }

  /** The anti-forgery token of the page's first form. */
  public String csrf() {
    Matcher matcher = CSRF_FIELD.matcher(body);
    if (!matcher.find()) {
      throw new AssertionError("no anti-forgery field on this page:\n" + body);
    }
    return matcher.group(1);
  }

  public JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (java.io.IOException notJson) {
      throw new UncheckedIOException("not JSON: " + body, notJson);
    }
  }
}
