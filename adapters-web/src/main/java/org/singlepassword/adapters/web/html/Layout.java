package org.singlepassword.adapters.web.html;

import java.util.List;
import java.util.Objects;
import org.singlepassword.adapters.web.i18n.Language;

/**
 * The frame every page shares, in the request's language: the title ("Sign in – Single-Password"),
 * the stylesheet and the script, a "Skip to main content" link, the language switch, a header whose
 * navigation offers "My Profile" and "Sign out" to a signed-in person, and a footer that points
 * developers to the API. The "Sign out" button is a form, so it carries the person's anti-forgery
 * token.
 */
public final class Layout {

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="%s">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>%s</title>
      <link rel="stylesheet" href="%s">
      <script src="%s" defer></script>
      </head>
      <body>
      <a class="skip-link" href="#main">%s</a>
      <header class="site-header">
      <div class="site-header-inner">
      <a class="site-name" href="%s">%s</a>
      %s
      %s
      </div>
      </header>
      <div class="%s">
      %s
      <main id="main" tabindex="-1">
      %s
      </main>
      </div>
      <footer class="site-footer">
      <a href="%s">%s</a>
      </footer>
      </body>
      </html>
      """;

  private static final String LANGUAGE_SWITCH =
      """
      <nav id="language-switch" class="language-switch" aria-label="%s">
      <ul>
      %s
      </ul>
      </nav>""";

  private static final String LANGUAGE_LINK =
      """
      <li><a href="%s" hreflang="%s" lang="%s"%s>%s</a></li>""";

  private static final String SIGNED_IN_NAV =
      """
      <nav class="site-nav" aria-label="%s">
      <a href="%s">%s</a>
      <form method="post" action="%s" class="sign-out">
      %s
      <button type="submit">%s</button>
      </form>
      </nav>""";

  private Layout() {}

  /** A page for someone who is not signed in (or whom the page does not know). */
  public static Html signedOut(Copy copy, String title, Html main) {
    return page(copy, title, Html.empty(), Html.empty(), main);
  }

  /**
   * A page for a signed-in person, with the navigation; {@code antiForgeryField} is the hidden
   * field that lets the "Sign out" form through, {@code menu} a menu beside {@code <main>} (empty:
   * none), outside it so that "Skip to main content" skips it too.
   */
  public static Html signedIn(
      Copy copy, String title, Html antiForgeryField, Html menu, Html main) {
    Html nav =
        Html.render(
            SIGNED_IN_NAV,
            copy.text("layout.nav.label"),
            Paths.MY_PROFILE,
            copy.text("layout.nav.myProfile"),
            Paths.SIGN_OUT,
            antiForgeryField,
            copy.text("layout.nav.signOut"));
    return page(copy, title, nav, menu, main);
  }

  private static Html page(Copy copy, String title, Html nav, Html menu, Html main) {
    Objects.requireNonNull(title, "title");
    return Html.render(
        PAGE,
        copy.language().tag(),
        copy.text("layout.title", "page", title),
        Paths.STYLESHEET,
        Paths.SCRIPT,
        copy.text("layout.skipLink"),
        Paths.HOME,
        copy.text("layout.siteName"),
        languageSwitch(copy),
        nav,
        menu.markup().isEmpty() ? "page-body" : "page-body with-menu",
        menu,
        main,
        Paths.API,
        copy.text("layout.footer.api"));
  }

  private static Html languageSwitch(Copy copy) {
    List<Html> links =
        List.of(Language.values()).stream()
            .map(
                language ->
                    Html.render(
                        LANGUAGE_LINK,
                        copy.switchTo(language),
                        language.tag(),
                        language.tag(),
                        language == copy.language()
                            ? new Html(" aria-current=\"true\"")
                            : Html.empty(),
                        language.ownName()))
            .toList();
    return Html.render(LANGUAGE_SWITCH, copy.text("layout.languageSwitch.label"), Html.join(links));
  }
}
