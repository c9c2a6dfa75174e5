package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.singlepassword.adapters.web.html.Copy;
import org.singlepassword.adapters.web.html.FormTarget;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.PageContent;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.session.SignedInSession;

/**
 * Incoming adapter: "Account Password" on My Profile's left menu. The form and its answers are the
 * {@link AccountPasswordStep}'s; after "Confirm" this page says that the password now applies
 * everywhere.
 */
public final class AccountPasswordPage {

  private static final FormTarget HERE = FormTarget.to(Paths.ACCOUNT_PASSWORD);

  private static final String CHANGED =
      """
      <h1>%s</h1>
      <div class="panel-success" role="status">
      <p>%s</p>
      </div>
      <p><a href="%s">%s</a></p>""";

  private final AccountPasswordStep step;

  public AccountPasswordPage(AccountPasswordStep step) {
    this.step = Objects.requireNonNull(step, "step");
  }

  /** GET, behind sign-in, open to a person with an initial password. */
  public void show(Context ctx, SignedInSession session) {
    Copy copy = Copy.of(ctx);
    send(ctx, copy, session, step.form(copy, session, HERE));
  }

  /** POST, behind sign-in and the anti-forgery check: "Confirm". */
  public void change(Context ctx, SignedInSession session) {
    Copy copy = Copy.of(ctx);
    Optional<PageContent> formAgain = step.confirm(ctx, copy, session, HERE);
    send(ctx, copy, session, formAgain.orElseGet(() -> changed(copy)));
  }

  private static PageContent changed(Copy copy) {
    String title = copy.text("accountPassword.changedTitle");
    Html main =
        Html.render(
            CHANGED,
            title,
            copy.text("accountPassword.changed"),
            Paths.MY_PROFILE,
            copy.text("accountPassword.backToMyProfile"));
    return new PageContent(title, main);
  }

  private static void send(Context ctx, Copy copy, SignedInSession session, PageContent content) {
    HtmlResponse.send(
        ctx,
        Layout.signedIn(
            copy,
            content.title(),
            session.antiForgeryField(),
            ProfileMenu.at(copy, Paths.ACCOUNT_PASSWORD),
            content.main()));
  }
}
