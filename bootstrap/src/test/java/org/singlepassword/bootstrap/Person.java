package org.singlepassword.bootstrap;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person with a browser, as far as HTTP goes: keeps cookies, reads the anti-forgery field of the
 * page it last saw and sends it back with the form, follows nothing by itself.
 */
final class Person {

  private static final Pattern CSRF_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");

  private static final Pattern HIDDEN_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  private final URI base;
  private final HttpClient http;
  private String lastCsrf = "";
  private final Map<String, String> hiddenFields = new LinkedHashMap<>();

  Person(URI base) {
    this(
        base,
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  private Person(URI base, HttpClient http) {
    this.base = base;
    this.http = http;
  }

  /** The same person, cookies and all, going to another instance behind the load balancer. */
  Person at(URI otherBase) {
    return new Person(otherBase, http);
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    hiddenFields.clear();
    readForm(response);
    return response;
  }

  /** Opens the page, fills in the form and submits it, as a person does. */
  HttpResponse<String> submit(String path, Map<String, String> fields) {
    return submit(path, path, fields);
  }

  /** Opens the page at {@code pagePath} and submits its form, which goes to {@code formPath}. */
  HttpResponse<String> submit(String pagePath, String formPath, Map<String, String> fields) {
    get(pagePath);
    return submitOpened(formPath, fields);
  }

  /**
   * Submits the form of the page opened last (its hidden fields included) to {@code path}: for a
   * page reached by a link, such as the e-mailed reset link.
   */
  HttpResponse<String> submitOpened(String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(hiddenFields);
    form.putAll(fields);
    return post(path, form);
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", lastCsrf);
    String body =
        form.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    readForm(response);
    return response;
  }

  /** The form a page shows, answering a form, is the next one this person fills in. */
  private void readForm(HttpResponse<String> response) {
    Matcher csrf = CSRF_FIELD.matcher(response.body());
    if (!csrf.find()) {
      return;
    }
    lastCsrf = csrf.group(1);
    hiddenFields.clear();
    Matcher hidden = HIDDEN_FIELD.matcher(response.body());
    while (hidden.find()) {
      hiddenFields.put(hidden.group(1), unescape(hidden.group(2)));
    }
  }

  /** An attribute's text as the browser reads it (a service URL may hold {@code &}). */
  private static String unescape(String attribute) {
    return attribute
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  HttpResponse<String> signIn(String username, String password) {
    return submit("/sign-in", Map.of("username", username, "password", password));
  }

  HttpResponse<String> changePassword(String current, String replacement, String reentered) {
    return submit(
        "/profile/password",
        Map.of(
            "currentPassword", current,
            "newPassword", replacement,
            "reenteredPassword", reentered));
  }

  HttpResponse<String> signOut() {
    return submit("/sign-out", Map.of());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new AssertionError("request failed: " + request.uri(), failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", interrupted);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
