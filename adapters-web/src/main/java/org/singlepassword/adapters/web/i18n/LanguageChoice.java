package org.singlepassword.adapters.web.i18n;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;

/**
 * Which language a request is answered in: the one a switch link names ({@code ?lang=zh-HK}), which
 * is then remembered in the {@code lang} cookie; else the remembered one; else the browser's {@code
 * Accept-Language}; else English. Accounts store no language, so a person's choice lives in their
 * browser, and a page shared with a friend opens in the friend's.
 */
public final class LanguageChoice {

  /** The query parameter of the switch links. */
  public static final String PARAMETER = "lang";

  /** The cookie that remembers a choice. */
  public static final String COOKIE = "lang";

  private static final String ATTRIBUTE = LanguageChoice.class.getName();
  private static final int ONE_YEAR_SECONDS = (int) Duration.ofDays(365).toSeconds();

  private final boolean secureCookies;

  /** {@code secureCookies}: people reach the service over https, so cookies go only there. */
  public LanguageChoice(boolean secureCookies) {
    this.secureCookies = secureCookies;
  }

  /** Before every handler: chooses the request's language, and remembers a switch. */
  public void choose(Context ctx) {
    Optional<Language> switched = Language.ofTag(ctx.queryParam(PARAMETER));
    if (switched.isPresent()) {
      boolean secure = secureCookies || "https".equalsIgnoreCase(ctx.scheme());
      // Not HttpOnly: a language is no secret, and a page's own tools may read it.
      ctx.cookie(
          new Cookie(
              COOKIE,
              switched.get().tag(),
              "/",
              ONE_YEAR_SECONDS,
              secure,
              false,
              null,
              SameSite.LAX));
    }
    ctx.attribute(ATTRIBUTE, switched.orElseGet(() -> remembered(ctx)));
  }

  /** The language chosen for this request. */
  public static Language of(Context ctx) {
    Language chosen = ctx.attribute(ATTRIBUTE);
    // Only an answer made before the choice ran (none today) lacks it; it still reads the request.
    return chosen != null
        ? chosen
        : Language.ofTag(ctx.queryParam(PARAMETER)).orElseGet(() -> remembered(ctx));
  }

  private static Language remembered(Context ctx) {
    return Language.ofTag(ctx.cookie(COOKIE))
        .or(() -> AcceptLanguage.preferred(ctx.header("Accept-Language")))
        .orElse(Language.EN);
  }
}
