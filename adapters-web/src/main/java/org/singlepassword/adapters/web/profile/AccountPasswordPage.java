package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.policy.PolicyWording;
import org.singlepassword.adapters.web.profile.AccountPasswordForm.Field;
import org.singlepassword.adapters.web.session.SignedInSession;
import org.singlepassword.application.port.in.ConcurrentChangeException;
import org.singlepassword.application.port.in.password.ChangePasswordUseCase;
import org.singlepassword.application.port.in.password.ShowPasswordPolicyUseCase;
import org.singlepassword.domain.account.AccountStatus;
import org.singlepassword.domain.password.IncorrectPasswordException;
import org.singlepassword.domain.policy.PasswordRejectedException;
import org.singlepassword.domain.policy.Violation;

/**
 * Incoming adapter: "Account Password" on My Profile's left menu, the FAQ's steps 3 to 6. It shows
 * the policy before typing, and after "Confirm" either the confirmation or every problem at once. A
 * typed password is never sent back to the browser.
 */
public final class AccountPasswordPage {

  private static final String TITLE = "Account Password";

  private static final String FORM =
      """
      <h1>Account Password</h1>
      %s
      %s
      <section class="policy" id="policy">
      <p>For security purposes, your new password must be:</p>
      <ul>
      %s
      </ul>
      </section>
      <form method="post" action="%s" class="account-password">
      %s
      %s
      <div class="actions"><button type="submit">Confirm</button></div>
      </form>
      <p class="note"><strong>Important:</strong> your password will always apply to your entire
       e-Services account: Learner Portal, SOUL and Online Enrolment Services.</p>""";

  private static final String FIELD =
      """
      <div class="field">
      <label for="%s">%s</label>
      %s
      <input id="%s" name="%s" type="password" autocomplete="%s"%s required>
      </div>""";

  private static final String CHANGED =
      """
      <h1>Account Password</h1>
      <div class="confirmation" role="status">
      <p>Your password has been changed. It now applies to your entire e-Services account:
       Learner Portal, SOUL and Online Enrolment Services.</p>
      </div>
      <p><a href="%s">Back to My Profile</a></p>""";

  private static final String FIRST_SIGN_IN =
      """
      <p class="notice">You signed in with an initial password: please change it now before you
       continue.</p>""";

  private static final String CONCURRENT_CHANGE =
      """
      <div class="error" role="alert"><p>Your account was changed at the same time, so nothing was
       saved: please try again.</p></div>""";

  private final ShowPasswordPolicyUseCase showPolicy;
  private final ChangePasswordUseCase changePassword;

  public AccountPasswordPage(
      ShowPasswordPolicyUseCase showPolicy, ChangePasswordUseCase changePassword) {
    this.showPolicy = Objects.requireNonNull(showPolicy, "showPolicy");
    this.changePassword = Objects.requireNonNull(changePassword, "changePassword");
  }

  /** GET, behind sign-in, open to a person with an initial password. */
  public void show(Context ctx, SignedInSession session) {
    render(ctx, session, new EnumMap<>(Field.class), Html.empty());
  }

  /** POST, behind sign-in and the anti-forgery check: "Confirm". */
  public void change(Context ctx, SignedInSession session) {
    AccountPasswordForm form = AccountPasswordForm.from(ctx);
    Map<Field, List<String>> errors = form.errors();
    if (errors.isEmpty()) {
      try {
        changePassword.changePassword(form.toCommand(session.person().username()));
        Html changed = Html.render(CHANGED, Paths.MY_PROFILE);
        HtmlResponse.send(
            ctx, Layout.signedIn(TITLE, session.antiForgeryField(), ProfileMenu.beside(changed)));
        return;
      } catch (IncorrectPasswordException incorrect) {
        AccountPasswordForm.add(errors, Field.CURRENT, "Your current password is incorrect");
      } catch (PasswordRejectedException rejected) {
        for (Violation unmet : rejected.unmet()) {
          AccountPasswordForm.add(errors, Field.NEW, PolicyWording.explain(unmet));
        }
      } catch (ConcurrentChangeException concurrent) {
        ctx.status(HttpStatus.CONFLICT);
        render(ctx, session, errors, Html.render(CONCURRENT_CHANGE));
        return;
      }
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
    render(ctx, session, errors, Html.empty());
  }

  private void render(
      Context ctx, SignedInSession session, Map<Field, List<String>> errors, Html general) {
    Html firstSignIn =
        session.person().status() == AccountStatus.MUST_CHANGE_PASSWORD
            ? Html.render(FIRST_SIGN_IN)
            : Html.empty();
    List<Html> requirements =
        PolicyWording.requirements(showPolicy.policy()).stream()
            .map(requirement -> Html.render("<li>%s</li>", requirement.description()))
            .toList();
    List<Html> fields =
        List.of(Field.values()).stream()
            .map(field -> field(field, errors.getOrDefault(field, List.of())))
            .toList();
    Html content =
        Html.render(
            FORM,
            firstSignIn,
            general,
            Html.join(requirements),
            Paths.ACCOUNT_PASSWORD,
            session.antiForgeryField(),
            Html.join(fields));
    HtmlResponse.send(
        ctx, Layout.signedIn(TITLE, session.antiForgeryField(), ProfileMenu.beside(content)));
  }

  /** One box, with its problems above it; never with a value, so no password goes back. */
  private static Html field(Field field, List<String> errors) {
    String errorsId = field.id + "-errors";
    List<String> describedBy = new ArrayList<>();
    if (field == Field.NEW) {
      describedBy.add("policy");
    }
    Html errorList = Html.empty();
    if (!errors.isEmpty()) {
      describedBy.add(errorsId);
      List<Html> items = errors.stream().map(error -> Html.render("<li>%s</li>", error)).toList();
      errorList =
          Html.render(
              "<ul class=\"field-errors\" id=\"%s\">\n%s\n</ul>", errorsId, Html.join(items));
    }
    Html describedByAttribute =
        describedBy.isEmpty()
            ? Html.empty()
            : Html.render(" aria-describedby=\"%s\"", String.join(" ", describedBy));
    Html invalid = errors.isEmpty() ? Html.empty() : Html.render(" aria-invalid=\"true\"");
    return Html.render(
        FIELD,
        field.id,
        field.label,
        errorList,
        field.id,
        field.name,
        field.autocomplete,
        Html.render("%s%s", describedByAttribute, invalid));
  }
}
