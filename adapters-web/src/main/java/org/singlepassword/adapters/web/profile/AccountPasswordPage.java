package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.FormTarget;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.session.SignedInSession;

/**
 * Incoming adapter: "Account Password" on My Profile's left menu. The form and its answers are the
 * {@link AccountPasswordStep}'s; after "Confirm" this page says that the password now applies
 * everywhere.
 */
public final class AccountPasswordPage {

  private static final String TITLE = "Account Password";
  private static final FormTarget HERE = FormTarget.to(Paths.ACCOUNT_PASSWORD);

  private static final String CHANGED =
      """
      <h1>Account Password</h1>
      <div class="confirmation" role="status">
      <p>Your password has been changed. It now applies to your entire e-Services account:
       Learner Portal, SOUL and Online Enrolment Services.</p>
      </div>
      <p><a href="%s">Back to My Profile</a></p>""";

  private final AccountPasswordStep step;

  public AccountPasswordPage(AccountPasswordStep step) {
    this.step = Objects.requireNonNull(step, "step");
  }

  /** GET, behind sign-in, open to a person with an initial password. */
  public void show(Context ctx, SignedInSession session) {
    send(ctx, session, step.form(session, HERE));
  }

  /** POST, behind sign-in and the anti-forgery check: "Confirm". */
  public void change(Context ctx, SignedInSession session) {
    Optional<Html> formAgain = step.confirm(ctx, session, HERE);
    send(ctx, session, formAgain.orElseGet(() -> Html.render(CHANGED, Paths.MY_PROFILE)));
  }

  private static void send(Context ctx, SignedInSession session, Html content) {
    HtmlResponse.send(
        ctx, Layout.signedIn(TITLE, session.antiForgeryField(), ProfileMenu.beside(content)));
  }
}
