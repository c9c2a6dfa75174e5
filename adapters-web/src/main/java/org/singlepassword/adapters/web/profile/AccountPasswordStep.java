package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Dates;
import org.singlepassword.adapters.web.html.FormTarget;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.policy.NewPasswordFields;
import org.singlepassword.adapters.web.profile.AccountPasswordForm.Field;
import org.singlepassword.adapters.web.ratelimit.AttemptLimiter;
import org.singlepassword.adapters.web.ratelimit.FormClient;
import org.singlepassword.adapters.web.ratelimit.RetryAfter;
import org.singlepassword.adapters.web.ratelimit.TooManyAttemptsException;
import org.singlepassword.adapters.web.session.SignedInSession;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.application.port.in.signin.AccountLockedException;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.policy.PasswordRejectedException;

/**
 * Incoming adapter: the Account Password form, the FAQ's steps 3 to 6, and its "Confirm", on My
 * Profile and in the CAS sign-in alike. It shows the policy before typing, and after "Confirm"
 * every problem at once. A typed password is never sent back to the browser. A wrong current
 * password is a guess like a wrong one at sign-in: it counts towards the rate limit of the address
 * and the account's lockout.
 */
public final class AccountPasswordStep {

  private static final String FORM =
      """
      <h1>Account Password</h1>
      %s
      %s
      %s
      %s
      <form method="post" action="%s" class="account-password">
      %s
      %s
      %s
      <div class="actions"><button type="submit">Confirm</button></div>
      </form>
      <p class="note"><strong>Important:</strong> your password will always apply to your entire
       e-Services account: Learner Portal, SOUL and Online Enrolment Services.</p>""";

  private static final String FIRST_SIGN_IN =
      """
      <p class="notice">You signed in with an initial password: please change it now before you
       continue.</p>""";

  private static final String EXPIRED =
      """
      <p class="notice">Your password has expired: please choose a new one before you
       continue.</p>""";

  private static final String LOCKED =
      """
      <div class="error" role="alert"><p>Too many wrong passwords were given for your account, so
       it is locked until %s on %s. Please try again then, or ask <a href="%s">IT Help</a>.</p>
      </div>""";

  private static final String TOO_MANY_ATTEMPTS =
      """
      <div class="error" role="alert"><p>Too many attempts have come from your network address.
       Please wait %s and try again.</p></div>""";

  private static final String CONCURRENT_CHANGE =
      """
      <div class="error" role="alert"><p>Your account was changed at the same time, so nothing was
       saved: please try again.</p></div>""";

  private final ShowPasswordPolicyUseCase showPolicy;
  private final ChangePasswordUseCase changePassword;
  private final AttemptLimiter limiter;
  private final URI helpUrl;
  private final Clock clock;

  /** {@code clock}: now, for when a lock ends, and the zone people read dates in. */
  public AccountPasswordStep(
      ShowPasswordPolicyUseCase showPolicy,
      ChangePasswordUseCase changePassword,
      AttemptLimiter limiter,
      URI helpUrl,
      Clock clock) {
    this.showPolicy = Objects.requireNonNull(showPolicy, "showPolicy");
    this.changePassword = Objects.requireNonNull(changePassword, "changePassword");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.helpUrl = Objects.requireNonNull(helpUrl, "helpUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The empty form, for the page to frame. */
  public Html form(SignedInSession session, FormTarget target) {
    return render(session, target, new EnumMap<>(Field.class), Html.empty());
  }

  /**
   * "Confirm", behind sign-in and the anti-forgery check: changes the password, keeping this
   * session; or sets the status and gives the form again with every problem.
   *
   * @return empty when the password was changed, else the form to show again
   */
  public Optional<Html> confirm(Context ctx, SignedInSession session, FormTarget target) {
    AccountPasswordForm form = AccountPasswordForm.from(ctx);
    Map<Field, List<String>> errors = form.errors();
    if (!errors.isEmpty()) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      return Optional.of(render(session, target, errors, Html.empty()));
    }
    FormClient client = FormClient.of(ctx);
    try {
      client
          .acquire(limiter)
          .attempt(
              () ->
                  changePassword.changePassword(
                      form.toCommand(
                          session.person().username(), session.token(), client.clientAddress())));
      return Optional.empty();
    } catch (IncorrectPasswordException incorrect) {
      AccountPasswordForm.add(errors, Field.CURRENT, "Your current password is incorrect");
    } catch (PasswordRejectedException rejected) {
      NewPasswordFields.addUnmetRules(errors, Field.NEW, rejected.unmet(), clock.getZone());
    } catch (AccountLockedException locked) {
      String until = Dates.time(locked.lockedUntil(), clock.getZone());
      String on = Dates.date(locked.lockedUntil(), clock.getZone());
      Html message = Html.render(LOCKED, until, on, helpUrl.toString());
      return refuse(
          ctx, session, target, 423, RetryAfter.secondsUntil(locked.lockedUntil(), clock), message);
    } catch (TooManyAttemptsException tooMany) {
      long seconds = tooMany.retryAfterSeconds();
      Html message = Html.render(TOO_MANY_ATTEMPTS, RetryAfter.inWords(seconds));
      return refuse(ctx, session, target, 429, seconds, message);
    } catch (ConcurrentChangeException concurrent) {
      ctx.status(HttpStatus.CONFLICT);
      return Optional.of(render(session, target, errors, Html.render(CONCURRENT_CHANGE)));
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    return Optional.of(render(session, target, errors, Html.empty()));
  }

  private Optional<Html> refuse(
      Context ctx,
      SignedInSession session,
      FormTarget target,
      int status,
      long retryAfter,
      Html message) {
    ctx.status(status).header(RetryAfter.HEADER, Long.toString(retryAfter));
    return Optional.of(render(session, target, new EnumMap<>(Field.class), message));
  }

  private Html render(
      SignedInSession session, FormTarget target, Map<Field, List<String>> errors, Html general) {
    Html mustChange =
        switch (session.person().status()) {
          case MUST_CHANGE_PASSWORD -> Html.render(FIRST_SIGN_IN);
          case PASSWORD_EXPIRED -> Html.render(EXPIRED);
          default -> Html.empty();
        };
    return Html.render(
        FORM,
        target.lead(),
        mustChange,
        general,
        NewPasswordFields.policy(showPolicy.policy()),
        target.action(),
        session.antiForgeryField(),
        target.hiddenFields(),
        NewPasswordFields.boxes(Field.values(), field -> field.box, errors));
  }
}
