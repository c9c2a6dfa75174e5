package org.singlepassword.adapters.web.profile;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.singlepassword.adapters.web.html.Dates;
import org.singlepassword.adapters.web.html.Html;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.audit.AuditEvent;

/**
 * The "Recent activity" list of My Profile: the audit of the person's own account in their words
 * ("Signed in through soul", "Wrong password given through Single-Password"), with when and, when
 * known, from which address, so that a person notices a sign-in that was not theirs.
 */
final class RecentActivity {

  /** As many as a glance takes in; IT sees more through the admin API. */
  static final int SHOWN = 10;

  private static final String LIST =
      """
      <section class="recent-activity" aria-labelledby="recent-activity">
      <h2 id="recent-activity">Recent activity</h2>
      %s
      </section>""";

  private static final String ITEM =
      """
      <li><time datetime="%s">%s</time> %s%s</li>""";

  private RecentActivity() {}

  static Html of(List<AuditEvent> events, ZoneId zone) {
    if (events.isEmpty()) {
      return Html.render(LIST, Html.render("<p>No activity yet.</p>"));
    }
    List<Html> items =
        events.stream()
            .map(
                event ->
                    Html.render(
                        ITEM,
                        event.at().toString(),
                        Dates.dateTime(event.at(), zone),
                        describe(event),
                        event
                            .clientAddress()
                            .map(address -> ", from " + address.value())
                            .orElse("")))
            .toList();
    return Html.render(LIST, Html.render("<ul class=\"activity\">\n%s\n</ul>", Html.join(items)));
  }

  /** One event as a person says it. */
  static String describe(AuditEvent event) {
    String through = " through " + name(event.channel());
    return switch (event.type()) {
      case ACCOUNT_CREATED -> "Account created by your administrator";
      case SIGN_IN_SUCCEEDED -> "Signed in" + through;
      case SIGN_IN_FAILED -> "Wrong password given" + through;
      case SIGN_IN_REFUSED -> "Sign-in refused" + through + ": the account was locked or disabled";
      case PASSWORD_CHANGED -> "Password changed" + through;
      case PASSWORD_CHANGE_REJECTED -> "Wrong current password given to change it" + through;
      case ACCOUNT_LOCKED -> "Account locked after too many wrong passwords";
      case ACCOUNT_UNLOCKED -> "Account unlocked by your administrator";
      case PASSWORD_EXPIRED_BY_ADMINISTRATOR -> "Password change required by your administrator";
      case ACCOUNT_DISABLED -> "Account disabled by your administrator";
      case ACCOUNT_ENABLED -> "Account enabled by your administrator";
      // An event this page has no words for yet still shows, in plain words from its name.
      default -> sentence(event.type().name());
    };
  }

  /** A channel as a person knows it. */
  static String name(Channel channel) {
    if (channel instanceof Channel.WebForm) {
      return "Single-Password";
    }
    if (channel instanceof Channel.Administrator) {
      return "your administrator";
    }
    // The registry knows each e-service's name, but no port offers it yet: its id stands in.
    if (channel instanceof Channel.EService eService) {
      return eService.id().value();
    }
    return channel.code();
  }

  private static String sentence(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
