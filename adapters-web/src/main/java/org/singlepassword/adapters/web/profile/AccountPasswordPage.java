package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.ErrorSummary;
import org.singlepassword.adapters.web.html.FormErrors;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
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
 * Incoming adapter: "Account Password" on My Profile's left menu, the FAQ's steps 3 to 6. It shows
 * the policy before typing, and after "Confirm" either the confirmation or every problem at once. A
 * typed password is never sent back to the browser. A wrong current password is a guess like a
 * wrong one at sign-in: it counts towards the rate limit of the address and the account's lockout.
 */
public final class AccountPasswordPage {

  private static final String FORM =
      """
      %s
      <h1>%s</h1>
      %s
      <form method="post" action="%s" class="account-password" novalidate>
      %s
      %s
      %s
      <div class="actions"><button type="submit">%s</button></div>
      </form>
      <p class="note"><strong>%s</strong> %s</p>""";

  private static final String CHANGED =
      """
      <h1>%s</h1>
      <div class="panel-success" role="status">
      <p>%s</p>
      </div>
      <p><a href="%s">%s</a></p>""";

  private final ShowPasswordPolicyUseCase showPolicy;
  private final ChangePasswordUseCase changePassword;
  private final AttemptLimiter limiter;
  private final URI helpUrl;
  private final Clock clock;

  /** {@code clock}: now, for when a lock ends, and the zone people read dates in. */
  public AccountPasswordPage(
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

  /** GET, behind sign-in, open to a person with an initial password. */
  public void show(Context ctx, SignedInSession session) {
    render(ctx, Copy.of(ctx), session, AccountPasswordForm.noErrors(), Html.empty());
  }

  /** POST, behind sign-in and the anti-forgery check: "Confirm". */
  public void change(Context ctx, SignedInSession session) {
    Copy copy = Copy.of(ctx);
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
        changed(ctx, copy, session);
        return;
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
        refuse(
            ctx, copy, session, 423, RetryAfter.secondsUntil(locked.lockedUntil(), clock), message);
        return;
      } catch (TooManyAttemptsException tooMany) {
        long seconds = tooMany.retryAfterSeconds();
        Html message = copy.html("form.tooManyAttempts", "wait", RetryAfter.inWords(seconds, copy));
        refuse(ctx, copy, session, 429, seconds, message);
        return;
      } catch (ConcurrentChangeException concurrent) {
        ctx.status(HttpStatus.CONFLICT);
        render(ctx, copy, session, errors, paragraph(copy.html("form.concurrentChange")));
        return;
      }
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    render(ctx, copy, session, errors, Html.empty());
  }

  private void changed(Context ctx, Copy copy, SignedInSession session) {
    String title = copy.text("accountPassword.changedTitle");
    Html changed =
        Html.render(
            CHANGED,
            title,
            copy.text("accountPassword.changed"),
            Paths.MY_PROFILE,
            copy.text("accountPassword.backToMyProfile"));
    send(ctx, copy, session, title, changed);
  }

  private void refuse(
      Context ctx, Copy copy, SignedInSession session, int status, long retryAfter, Html message) {
    ctx.status(status).header(RetryAfter.HEADER, Long.toString(retryAfter));
    render(ctx, copy, session, AccountPasswordForm.noErrors(), paragraph(message));
  }

  private static Html paragraph(Html text) {
    return Html.render("<p>%s</p>", text);
  }

  /** The form; {@code general} is what went wrong with the change as a whole. */
  private void render(
      Context ctx, Copy copy, SignedInSession session, FormErrors errors, Html general) {
    Html mustChange =
        switch (session.person().status()) {
          case MUST_CHANGE_PASSWORD ->
              Html.render("<p class=\"notice\">%s</p>", copy.text("accountPassword.firstSignIn"));
          case PASSWORD_EXPIRED ->
              Html.render("<p class=\"notice\">%s</p>", copy.text("accountPassword.expired"));
          default -> Html.empty();
        };
    Html content =
        Html.render(
            FORM,
            ErrorSummary.of(copy, general, errors),
            copy.text("accountPassword.title"),
            mustChange,
            Paths.ACCOUNT_PASSWORD,
            session.antiForgeryField(),
            AccountPasswordForm.CURRENT_BOX.render(copy, errors.of(AccountPasswordForm.CURRENT)),
            NewPasswordFields.boxes(copy, showPolicy.policy(), errors),
            copy.text("form.confirm"),
            copy.text("form.important"),
            copy.text("form.appliesEverywhere"));
    String title = ErrorSummary.title(copy, copy.text("accountPassword.title"), general, errors);
    send(ctx, copy, session, title, content);
  }

  private static void send(
      Context ctx, Copy copy, SignedInSession session, String title, Html content) {
    HtmlResponse.send(
        ctx,
        Layout.signedIn(
            copy,
            title,
            session.antiForgeryField(),
            ProfileMenu.at(copy, Paths.ACCOUNT_PASSWORD),
            content));
  }
}
