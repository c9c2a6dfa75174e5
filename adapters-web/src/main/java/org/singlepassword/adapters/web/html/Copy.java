package org.singlepassword.adapters.web.html;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.singlepassword.adapters.web.i18n.Language;
import org.singlepassword.adapters.web.i18n.LanguageChoice;
import org.singlepassword.adapters.web.i18n.Messages;

/**
 * The words of one answer: the language chosen for the request and its texts, with the request's
 * query so that the language switch can show the same page in the other language. A page takes it
 * once ({@code Copy.of(ctx)}) and asks it for every text it shows.
 */
public final class Copy {

  private final Messages messages;
  private final String path;
  private final List<String> query;

  private Copy(Messages messages, String path, List<String> query) {
    this.messages = messages;
    this.path = path;
    this.query = List.copyOf(query);
  }

  /** The copy of this request, in the language {@link LanguageChoice} chose for it. */
  public static Copy of(Context ctx) {
    return new Copy(Messages.of(LanguageChoice.of(ctx)), "", parametersOf(ctx.queryString()));
  }

  /** The copy in a language, outside any request: the API's English, tests. */
  public static Copy in(Language language) {
    return new Copy(Messages.of(language), "", List.of());
  }

  /**
   * The same copy, whose language switch also keeps this parameter: for a page answering a form
   * post, whose address has lost what the page was opened with (the reset link's token).
   */
  public Copy keeping(String name, String value) {
    List<String> kept = new ArrayList<>(query);
    kept.removeIf(parameter -> nameOf(parameter).equals(name));
    kept.add(Paths.queryParameter(name, value));
    return new Copy(messages, path, kept);
  }

  /**
   * The same copy, whose language switch leads to {@code path} rather than this address: for a form
   * posted to an address that shows nothing when opened (the CAS sign-in's password step).
   */
  public Copy at(String path) {
    return new Copy(messages, path, query);
  }

  public Language language() {
    return messages.language();
  }

  public Messages messages() {
    return messages;
  }

  /** The plain text of a key, its placeholders filled from name-value pairs. */
  public String text(String key, Object... namesAndValues) {
    return messages.format(key, pairs(namesAndValues));
  }

  /**
   * The text of a key as markup: the text escaped, each placeholder filled with its value, an
   * {@link Html} value (a link) as markup and any other escaped.
   */
  public Html html(String key, Object... namesAndValues) {
    Map<String, Object> values = pairs(namesAndValues);
    return new Html(
        Messages.fill(
            messages.text(key),
            Html::escape,
            name -> {
              Object value = values.get(name);
              if (value == null) {
                throw new IllegalArgumentException("no value for {" + name + "} of " + key);
              }
              return value instanceof Html markup ? markup.markup() : Html.escape(value.toString());
            }));
  }

  /** A link whose text is the text of a key: "IT Help". */
  public Html link(String href, String textKey) {
    return Html.render("<a href=\"%s\">%s</a>", href, text(textKey));
  }

  /** "1 minute", "30 minutes": the key's {@code .one} or {@code .other} text with {count}. */
  public String count(String key, long count) {
    return text(key + (count == 1 ? ".one" : ".other"), "count", count);
  }

  public String date(Instant moment, ZoneId zone) {
    return Dates.date(moment, zone, messages);
  }

  public String time(Instant moment, ZoneId zone) {
    return Dates.time(moment, zone, messages);
  }

  public String dateTime(Instant moment, ZoneId zone) {
    return Dates.dateTime(moment, zone, messages);
  }

  /**
   * The address of this page in another language: its query as it is (a CAS {@code service}, a
   * reset {@code token}), with {@code lang} set; relative, so that it stays on this path unless
   * {@link #at(String)} gave another.
   */
  public String switchTo(Language language) {
    List<String> parameters = new ArrayList<>(query);
    parameters.removeIf(parameter -> nameOf(parameter).equals(LanguageChoice.PARAMETER));
    parameters.add(Paths.queryParameter(LanguageChoice.PARAMETER, language.tag()));
    return path + "?" + String.join("&", parameters);
  }

  private static List<String> parametersOf(String rawQuery) {
    List<String> parameters = new ArrayList<>();
    if (rawQuery != null) {
      for (String parameter : rawQuery.split("&")) {
        if (!parameter.isEmpty()) {
          parameters.add(parameter);
        }
      }
    }
    return parameters;
  }

  private static String nameOf(String rawParameter) {
    int equals = rawParameter.indexOf('=');
    return equals < 0 ? rawParameter : rawParameter.substring(0, equals);
  }

  private static Map<String, Object> pairs(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(
          (String) namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1], "value"));
    }
    return values;
  }
}
