package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Objects;
import org.singlepassword.adapters.web.html.Dates;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.html.Paths;
import org.singlepassword.adapters.web.session.SignedInSession;
import org.singlepassword.application.port.in.activity.ListAccountActivityUseCase;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.Channel;

/**
 * Incoming adapter: the "My Profile" tab, the FAQ's step 1. It greets the person, shows their
 * username, when and through what their password was last changed, when it expires if that is soon,
 * and their recent activity; it leads to Account Password on the left menu.
 */
public final class MyProfilePage {

  private static final String CONTENT =
      """
      <h1>My Profile</h1>
      %s
      <p class="greeting">Welcome, %s.</p>
      <dl class="profile">
      <dt>Username</dt>
      <dd>%s</dd>
      </dl>
      <p>Your password was last changed on %s through %s.</p>
      %s""";

  private static final String EXPIRES_SOON =
      """
      <p class="notice" role="status">Your password expires on %s. Change it under
       <a href="%s">Account Password</a>.</p>""";

  private final ListAccountActivityUseCase activity;
  private final ZoneId zone;

  /** {@code zone}: where the people are, so that dates show as theirs. */
  public MyProfilePage(ListAccountActivityUseCase activity, ZoneId zone) {
    this.activity = Objects.requireNonNull(activity, "activity");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** GET, behind sign-in. */
  public void show(Context ctx, SignedInSession session) {
    SignedIn person = session.person();
    Html expiresSoon =
        person
            .passwordExpiresAt()
            .filter(expiry -> person.expiryWarning())
            .map(
                expiry ->
                    Html.render(EXPIRES_SOON, Dates.date(expiry, zone), Paths.ACCOUNT_PASSWORD))
            .orElse(Html.empty());
    Html content =
        Html.render(
            CONTENT,
            expiresSoon,
            person.displayName().value(),
            person.username().value(),
            Dates.date(person.passwordChangedAt(), zone),
            through(person.passwordChangedThrough()),
            RecentActivity.of(
                activity.recentActivity(person.username(), RecentActivity.SHOWN), zone));
    HtmlResponse.send(
        ctx,
        Layout.signedIn("My Profile", session.antiForgeryField(), ProfileMenu.beside(content)));
  }

  /** The channel the password was last set through, in the person's words. */
  static String through(Channel channel) {
    if (channel instanceof Channel.Administrator) {
      return "your administrator (initial password)";
    }
    return RecentActivity.name(channel);
  }
}
