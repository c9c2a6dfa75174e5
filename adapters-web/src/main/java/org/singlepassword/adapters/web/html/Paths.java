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

  /** CAS 3.0: where e-services send people to sign in, and back after signing out. */
  public static final String CAS_LOGIN = "/cas/login";

  public static final String CAS_LOGOUT = "/cas/logout";

  /** The Account Password step of the CAS sign-in, for an initial or expired password. */
  public static final String CAS_PASSWORD = "/cas/password";

  /** CAS 1.0, 2.0 and 3.0 ticket validation, called by the e-services' servers. */
  public static final String CAS_VALIDATE = "/cas/validate";

  public static final String CAS_SERVICE_VALIDATE = "/cas/serviceValidate";

  public static final String CAS_P3_SERVICE_VALIDATE = "/cas/p3/serviceValidate";

  /** The API described for people; its OpenAPI document is at {@link #OPENAPI_DOCUMENT}. */
  public static final String API = "/api";

  public static final String OPENAPI_DOCUMENT = "/api/openapi.json";

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
