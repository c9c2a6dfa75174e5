package org.singlepassword.adapters.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text of the pages in one language, by key, read once from a UTF-8 properties file ({@code
 * web/messages_en.properties}, {@code web/messages_zh_HK.properties}) that translators can read and
 * review side by side. Keys are named by page and purpose ({@code signIn.title}, {@code
 * rule.MIN_LENGTH.unmet}); texts name their values as {@code {placeholders}}.
 */
public final class Messages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private static final Map<Language, Messages> LOADED = loadAll();

  private final Language language;
  private final Map<String, String> texts;

  private Messages(Language language, Map<String, String> texts) {
    this.language = language;
    this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
  }

  /** The texts of this language. */
  public static Messages of(Language language) {
    return LOADED.get(Objects.requireNonNull(language, "language"));
  }

  public Language language() {
    return language;
  }

  /** Every key, sorted. */
  public Set<String> keys() {
    return texts.keySet();
  }

  public boolean has(String key) {
    return texts.containsKey(key);
  }

  /**
   * The text of this key as written, placeholders and all.
   *
   * @throws IllegalArgumentException for a key neither file has: a page's bug, which a test finds
   */
  public String text(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no text " + key + " in " + language.tag());
    }
    return text;
  }

  /** The text with each placeholder replaced by its value. */
  public String format(String key, Map<String, ?> values) {
    return fill(text(key), UnaryOperator.identity(), name -> String.valueOf(valueOf(values, name)));
  }

  /** The placeholders a text names, sorted. */
  public static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /**
   * The text in one pass: each run of literal text through {@code literal}, each placeholder
   * replaced by {@code value} of its name; a value that itself looks like a placeholder stays as it
   * is. Pages use it to escape the literal text and put markup (a link) in a placeholder.
   */
  public static String fill(
      String text, UnaryOperator<String> literal, Function<String, String> value) {
    StringBuilder filled = new StringBuilder(text.length() + 32);
    Matcher matcher = PLACEHOLDER.matcher(text);
    int from = 0;
    while (matcher.find()) {
      filled.append(literal.apply(text.substring(from, matcher.start())));
      filled.append(value.apply(matcher.group(1)));
      from = matcher.end();
    }
    filled.append(literal.apply(text.substring(from)));
    return filled.toString();
  }

  private Object valueOf(Map<String, ?> values, String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no value for {" + name + "} in " + language.tag());
    }
    return value;
  }

  private static Map<Language, Messages> loadAll() {
    Map<Language, Messages> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      all.put(language, new Messages(language, load(fileOf(language))));
    }
    return all;
  }

  /** The file of a language: {@code web/messages_zh_HK.properties}, as Java names locales. */
  static String fileOf(Language language) {
    return "/web/messages_" + language.locale().toString() + ".properties";
  }

  static Map<String, String> load(String resource) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> texts = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
      return texts;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + resource, unreadable);
    }
  }
}
