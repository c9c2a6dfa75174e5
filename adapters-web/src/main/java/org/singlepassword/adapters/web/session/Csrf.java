package org.singlepassword.adapters.web.session;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.domain.token.SecretToken;

/**
 * Anti-forgery tokens, so that only our own pages can submit our forms. A signed-in form carries a
 * token derived from the session token, which another site cannot know; a form shown before any
 * session (Sign in, "Forgot your password?", the reset page) carries a random value that must equal
 * the one in a SameSite=Strict cookie scoped to that form's address.
 */
public final class Csrf {

  /** The hidden field every form carries. */
  public static final String FIELD = "csrf";

  /** The cookie of the forms shown before sign-in; one a form, by its path. */
  public static final String SIGNED_OUT_COOKIE = "sps_csrf";

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  private static final int RANDOM_BYTES = 32;

  private final SecureRandom random;
  private final boolean secureCookies;

  /** {@code secureCookies}: people reach the service over https, so cookies go only there. */
  public Csrf(SecureRandom random, boolean secureCookies) {
    this.random = Objects.requireNonNull(random, "random");
    this.secureCookies = secureCookies;
  }

  /** The hidden field to put in a form. */
  public static Html field(String token) {
    return Html.render(
        """
        <input type="hidden" name="%s" value="%s">""",
        FIELD, token);
  }

  /** The token of every form shown within the session: only the session's holder can know it. */
  public static String tokenFor(SecretToken session) {
    return BASE64URL.encodeToString(sha256("csrf:" + session.reveal()));
  }

  /**
   * @throws FormExpiredException unless the submitted form carries the session's token
   */
  public static void requireSignedInForm(Context ctx, SecretToken session) {
    requireEqual(submittedToken(ctx), Optional.of(tokenFor(session)));
  }

  /**
   * The token of the signed-out form posted to {@code formPath}: the one this browser's cookie
   * holds already (another tab may show the form too), else a new one, set in the cookie. The
   * cookie goes back only to that path, so that each form's token stays its own.
   */
  public String signedOutToken(Context ctx, String formPath) {
    Objects.requireNonNull(formPath, "formPath");
    Optional<String> existing = signedOutCookie(ctx);
    if (existing.isPresent()) {
      return existing.get();
    }
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    String token = BASE64URL.encodeToString(bytes);
    ctx.cookie(
        new Cookie(
            SIGNED_OUT_COOKIE,
            token,
            formPath,
            -1,
            SessionCookie.secure(ctx, secureCookies),
            true,
            null,
            SameSite.STRICT));
    return token;
  }

  /** A signed-out form's handler, run only when the submitted token equals the cookie's. */
  public static Handler signedOutForm(Handler handler) {
    return ctx -> {
      requireEqual(submittedToken(ctx), signedOutCookie(ctx));
      handler.handle(ctx);
    };
  }

  /**
   * The token the form carries. Our forms are URL-encoded: a multipart body is refused before it is
   * parsed, since a malformed one makes the servlet container throw instead of answer.
   */
  private static Optional<String> submittedToken(Context ctx) {
    if (ctx.isMultipart()) {
      throw new HttpResponseException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "forms are sent URL-encoded");
    }
    return Optional.ofNullable(ctx.formParam(FIELD));
  }

  private static Optional<String> signedOutCookie(Context ctx) {
    return Optional.ofNullable(ctx.cookie(SIGNED_OUT_COOKIE)).filter(value -> !value.isEmpty());
  }

  private static void requireEqual(Optional<String> submitted, Optional<String> expected) {
    boolean equal =
        submitted.isPresent()
            && expected.isPresent()
            && MessageDigest.isEqual(
                submitted.get().getBytes(StandardCharsets.UTF_8),
                expected.get().getBytes(StandardCharsets.UTF_8));
    if (!equal) {
      throw new FormExpiredException();
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}
