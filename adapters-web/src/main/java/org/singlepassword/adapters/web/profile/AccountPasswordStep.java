package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.ErrorSummary;
import org.singlepassword.adapters.web.html.FormErrors;
import org.singlepassword.adapters.web.html.FormTarget;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.PageContent;
import org.singlepassword.adapters.web.policy.NewPasswordFields;
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
      %s
      <h1>%s</h1>
      %s
      %s
      <form method="post" action="%s" class="account-password" novalidate>
      %s
      %s
      %s
      %s
      <div class="actions"><button type="submit">%s</button></div>
      </form>
      <p class="note"><strong>%s</strong> %s</p>""";

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
  public PageContent form(Copy copy, SignedInSession session, FormTarget target) {
    return render(copy, session, target, AccountPasswordForm.noErrors(), Html.empty());
  }

  /**
   * "Confirm", behind sign-in and the anti-forgery check: changes the password, keeping this
   * session; or sets the status and gives the form again with every problem.
   *
   * @return empty when the password was changed, else the form to show again
   */
  public Optional<PageContent> confirm(
      Context ctx, Copy copy, SignedInSession session, FormTarget target) {
    AccountPasswordForm form = AccountPasswordForm.from(ctx);
    FormErrors errors = form.errors(copy);
    if (errors.isEmpty()) {
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
        errors.add(AccountPasswordForm.CURRENT, copy.text("accountPassword.currentIncorrect"));
      } catch (PasswordRejectedException rejected) {
        NewPasswordFields.addUnmetRules(copy, errors, rejected.unmet(), clock.getZone());
      } catch (AccountLockedException locked) {
        Html message =
            copy.html(
                "accountPassword.locked",
                "time",
                copy.time(locked.lockedUntil(), clock.getZone()),
                "date",
                copy.date(locked.lockedUntil(), clock.getZone()),
                "itHelp",
                copy.link(helpUrl.toString(), "common.itHelp"));
        long retryAfter = RetryAfter.secondsUntil(locked.lockedUntil(), clock);
        return refuse(ctx, copy, session, target, 423, retryAfter, message);
      } catch (TooManyAttemptsException tooMany) {
        long seconds = tooMany.retryAfterSeconds();
        Html message = copy.html("form.tooManyAttempts", "wait", RetryAfter.inWords(seconds, copy));
        return refuse(ctx, copy, session, target, 429, seconds, message);
      } catch (ConcurrentChangeException concurrent) {
        ctx.status(HttpStatus.CONFLICT);
        Html message = paragraph(copy.html("form.concurrentChange"));
        return Optional.of(render(copy, session, target, errors, message));
      }
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    return Optional.of(render(copy, session, target, errors, Html.empty()));
  }

  private Optional<PageContent> refuse(
      Context ctx,
      Copy copy,
      SignedInSession session,
      FormTarget target,
      int status,
      long retryAfter,
      Html message) {
    ctx.status(status).header(RetryAfter.HEADER, Long.toString(retryAfter));
    return Optional.of(
        render(copy, session, target, AccountPasswordForm.noErrors(), paragraph(message)));
  }

  private static Html paragraph(Html text) {
    return Html.render("<p>%s</p>", text);
  }

  /** The form; {@code general} is what went wrong with the change as a whole. */
  private PageContent render(
      Copy copy, SignedInSession session, FormTarget target, FormErrors errors, Html general) {
    Html mustChange =
        switch (session.person().status()) {
          case MUST_CHANGE_PASSWORD ->
              Html.render("<p class=\"notice\">%s</p>", copy.text("accountPassword.firstSignIn"));
          case PASSWORD_EXPIRED ->
              Html.render("<p class=\"notice\">%s</p>", copy.text("accountPassword.expired"));
          default -> Html.empty();
        };
    Html main =
        Html.render(
            FORM,
            ErrorSummary.of(copy, general, errors),
            copy.text("accountPassword.title"),
            mustChange,
            target.lead(),
            target.action(),
            session.antiForgeryField(),
            target.hiddenFields(),
            AccountPasswordForm.CURRENT_BOX.render(copy, errors.of(AccountPasswordForm.CURRENT)),
            NewPasswordFields.boxes(copy, showPolicy.policy(), errors),
            copy.text("form.confirm"),
            copy.text("form.important"),
            copy.text("form.appliesEverywhere"));
    String title = ErrorSummary.title(copy, copy.text("accountPassword.title"), general, errors);
    return new PageContent(title, main);
  }
}
