package org.singlepassword.adapters.web.profile;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.adapters.web.html.HtmlResponse;
import org.singlepassword.adapters.web.html.Layout;
import org.singlepassword.adapters.web.session.SignedInSession;
import org.singlepassword.application.port.in.signin.SignedIn;
import org.singlepassword.domain.account.Channel;

/**
 * Incoming adapter: the "My Profile" tab, the FAQ's step 1. It greets the person, shows their
 * username and when and through what their password was last changed, and leads to Account Password
 * on the left menu.
 */
public final class MyProfilePage {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private static final String CONTENT =
      """
      <h1>My Profile</h1>
      <p class="greeting">Welcome, %s.</p>
      <dl class="profile">
      <dt>Username</dt>
      <dd>%s</dd>
      </dl>
      <p>Your password was last changed on %s through %s.</p>""";

  private final ZoneId zone;

  /** {@code zone}: where the people are, so that "changed on" shows their date. */
  public MyProfilePage(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** GET, behind sign-in. */
  public void show(Context ctx, SignedInSession session) {
    SignedIn person = session.person();
    Html content =
        Html.render(
            CONTENT,
            person.displayName().value(),
            person.username().value(),
            DATE.format(person.passwordChangedAt().atZone(zone)),
            through(person.passwordChangedThrough()));
    HtmlResponse.send(
        ctx,
        Layout.signedIn("My Profile", session.antiForgeryField(), ProfileMenu.beside(content)));
  }

  /** The channel in the person's words. */
  static String through(Channel channel) {
    if (channel instanceof Channel.WebForm) {
      return "Single-Password";
    }
    if (channel instanceof Channel.Administrator) {
      return "your administrator (initial password)";
    }
    // The registry knows each e-service's name, but no port offers it yet: its id stands in.
    return ((Channel.EService) channel).id().value();
  }
}
