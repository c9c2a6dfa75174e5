package org.singlepassword.adapters.web.html;

import java.util.Objects;

/**
 * The frame every page shares: the title, the stylesheet, a header whose navigation offers "My
 * Profile" and "Sign out" to a signed-in person, and a footer that points developers to the API.
 * The "Sign out" button is a form, so it carries the person's anti-forgery token.
 */
public final class Layout {

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>%s – Single-Password</title>
      <link rel="stylesheet" href="%s">
      </head>
      <body>
      <header class="site-header">
      <a class="site-name" href="%s">Single-Password</a>
      %s
      </header>
      <main>
      %s
      </main>
      <footer class="site-footer">
      <a href="%s">API for e-services</a>
      </footer>
      </body>
      </html>
      """;

  private static final String SIGNED_IN_NAV =
      """
      <nav class="site-nav" aria-label="Main">
      <a href="%s">My Profile</a>
      <form method="post" action="%s" class="sign-out">
      %s
      <button type="submit">Sign out</button>
      </form>
      </nav>""";

  private Layout() {}

  /** A page for someone who is not signed in (or whom the page does not know). */
  public static Html signedOut(String title, Html main) {
    return page(title, Html.empty(), main);
  }

  /**
   * A page for a signed-in person, with the navigation; {@code antiForgeryField} is the hidden
   * field that lets the "Sign out" form through.
   */
  public static Html signedIn(String title, Html antiForgeryField, Html main) {
    Html nav = Html.render(SIGNED_IN_NAV, Paths.MY_PROFILE, Paths.SIGN_OUT, antiForgeryField);
    return page(title, nav, main);
  }

  private static Html page(String title, Html nav, Html main) {
    Objects.requireNonNull(title, "title");
    return Html.render(PAGE, title, Paths.STYLESHEET, Paths.HOME, nav, main, Paths.API);
  }
}
