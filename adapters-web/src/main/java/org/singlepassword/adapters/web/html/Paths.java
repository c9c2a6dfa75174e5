package org.singlepassword.adapters.web.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The addresses of the pages, which pages link and redirect to. {@code Routes} maps each of them to
 * its handler; they live here so that pages need not know {@code Routes}.
 */
public final class Paths {

  public static final String HOME = "/";
  public static final String SIGN_IN = "/sign-in";
  public static final String SIGN_OUT = "/sign-out";
  public static final String MY_PROFILE = "/profile";
  public static final String ACCOUNT_PASSWORD = "/profile/password";
  public static final String FORGOT_PASSWORD = "/forgot-password";

  /** The page a reset link opens; {@code WebLinks} writes the links. */
  public static final String RESET_PASSWORD = "/reset-password";

  /** The stylesheet and anything else served unchanged from the classpath. */
  public static final String ASSETS = "/assets";

  public static final String STYLESHEET = ASSETS + "/site.css";

  /** The one script: help while typing, which every page works without. */
  public static final String SCRIPT = ASSETS + "/password-help.js";

  private Paths() {}

  /** {@code name=value}, each encoded for a query string. */
  public static String queryParameter(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8)
        + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
