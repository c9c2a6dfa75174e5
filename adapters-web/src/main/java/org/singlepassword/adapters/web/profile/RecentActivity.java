package org.singlepassword.adapters.web.profile;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.singlepassword.adapters.web.html.Copy;
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
      <h2 id="recent-activity">%s</h2>
      %s
      </section>""";

  private static final String ITEM =
      """
      <li><time datetime="%s">%s</time> %s%s</li>""";

  private RecentActivity() {}

  static Html of(List<AuditEvent> events, ZoneId zone, Copy copy) {
    String title = copy.text("activity.title");
    if (events.isEmpty()) {
      return Html.render(LIST, title, Html.render("<p>%s</p>", copy.text("activity.none")));
    }
    List<Html> items =
        events.stream()
            .map(
                event ->
                    Html.render(
                        ITEM,
                        event.at().toString(),
                        copy.dateTime(event.at(), zone),
                        describe(event, copy),
                        event
                            .clientAddress()
                            .map(address -> copy.text("activity.from", "address", address.value()))
                            .orElse("")))
            .toList();
    return Html.render(
        LIST, title, Html.render("<ul class=\"activity\">\n%s\n</ul>", Html.join(items)));
  }

  /** One event as a person says it: {@code activity.<TYPE>}, through its channel. */
  static String describe(AuditEvent event, Copy copy) {
    String key = "activity." + event.type().name();
    // An event these words do not know yet still shows, in plain words from its name.
    if (!copy.messages().has(key)) {
      return sentence(event.type().name());
    }
    return copy.text(key, "channel", name(event.channel(), copy));
  }

  /** A channel as a person knows it. */
  static String name(Channel channel, Copy copy) {
    if (channel instanceof Channel.WebForm) {
      return copy.text("channel.webForm");
    }
    if (channel instanceof Channel.Administrator) {
      return copy.text("channel.administrator");
    }
    if (channel instanceof Channel.ResetLink) {
      return copy.text("channel.resetLink");
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
