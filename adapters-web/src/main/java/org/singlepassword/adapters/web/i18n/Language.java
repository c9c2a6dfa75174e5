package org.singlepassword.adapters.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the pages speak: English, and Traditional Chinese as written in Hong Kong. Each is
 * named by its BCP 47 tag, which is also what {@code ?lang=}, the {@code lang} cookie and {@code
 * <html lang>} carry.
 */
public enum Language {
  EN("en", Locale.ENGLISH, "English"),
  ZH_HK("zh-HK", Locale.forLanguageTag("zh-HK"), "繁體中文");

  private final String tag;
  private final Locale locale;
  private final String ownName;

  Language(String tag, Locale locale, String ownName) {
    this.tag = tag;
    this.locale = locale;
    this.ownName = ownName;
  }

  /** The BCP 47 tag: "en", "zh-HK". */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  /** The language's name in itself, as the language switch offers it. */
  public String ownName() {
    return ownName;
  }

  /** The language of exactly this tag (any case), as a switch link or the cookie names it. */
  public static Optional<Language> ofTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findAny();
  }
}
