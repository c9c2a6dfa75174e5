package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Objects;
import org.singlepassword.adapters.web.html.Copy;
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
      <h1>%s</h1>
      %s
      <p class="greeting">%s</p>
      <dl class="profile">
      <dt>%s</dt>
      <dd>%s</dd>
      </dl>
      <p>%s</p>
      %s""";

  private final ListAccountActivityUseCase activity;
  private final ZoneId zone;

  /** {@code zone}: where the people are, so that dates show as theirs. */
  public MyProfilePage(ListAccountActivityUseCase activity, ZoneId zone) {
    this.activity = Objects.requireNonNull(activity, "activity");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** GET, behind sign-in. */
  public void show(Context ctx, SignedInSession session) {
    Copy copy = Copy.of(ctx);
    SignedIn person = session.person();
    Html expiresSoon =
        person
            .passwordExpiresAt()
            .filter(expiry -> person.expiryWarning())
            .map(
                expiry ->
                    Html.render(
                        "<p class=\"notice\" role=\"status\">%s</p>",
                        copy.html(
                            "myProfile.expiresSoon",
                            "date",
                            copy.date(expiry, zone),
                            "accountPassword",
                            copy.link(Paths.ACCOUNT_PASSWORD, "accountPassword.title"))))
            .orElse(Html.empty());
    Html content =
        Html.render(
            CONTENT,
            copy.text("myProfile.title"),
            expiresSoon,
            copy.text("myProfile.greeting", "name", person.displayName().value()),
            copy.text("field.username"),
            person.username().value(),
            copy.text(
                "myProfile.lastChanged",
                "date",
                copy.date(person.passwordChangedAt(), zone),
                "channel",
                through(person.passwordChangedThrough(), copy)),
            RecentActivity.of(
                activity.recentActivity(person.username(), RecentActivity.SHOWN), zone, copy));
    HtmlResponse.send(
        ctx,
        Layout.signedIn(
            copy,
            copy.text("myProfile.title"),
            session.antiForgeryField(),
            ProfileMenu.at(copy, Paths.MY_PROFILE),
            content));
  }

  /** The channel the password was last set through, in the person's words. */
  static String through(Channel channel, Copy copy) {
    if (channel instanceof Channel.Administrator) {
      return copy.text("channel.initialPassword");
    }
    return RecentActivity.name(channel, copy);
  }
}
