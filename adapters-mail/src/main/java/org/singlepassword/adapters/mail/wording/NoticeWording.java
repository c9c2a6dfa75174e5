package org.singlepassword.adapters.mail.wording;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import org.singlepassword.application.port.out.notices.Notice;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.application.port.out.notices.PasswordExpiringNotice;
import org.singlepassword.application.port.out.notices.PasswordResetLinkNotice;
import org.singlepassword.domain.account.Channel;

/**
 * Outgoing adapter, wording: puts a notice into the words of a {@link Phrasebook} — who it greets,
 * the link and how long it is valid, when and through which e-service a password was changed, when
 * it expires — with times shown in the institution's zone.
 */
public final class NoticeWording {

  private final Phrasebook phrasebook;
  private final DateTimeFormatter moment;
  private final DateTimeFormatter day;
  private final String helpUrl;

  public NoticeWording(Phrasebook phrasebook, ZoneId zone, URI helpUrl) {
    this.phrasebook = Objects.requireNonNull(phrasebook, "phrasebook");
    Objects.requireNonNull(zone, "zone");
    this.moment =
        DateTimeFormatter.ofPattern(phrasebook.dateTimePattern(), phrasebook.locale())
            .withZone(zone);
    this.day =
        DateTimeFormatter.ofPattern(phrasebook.datePattern(), phrasebook.locale()).withZone(zone);
    this.helpUrl = Objects.requireNonNull(helpUrl, "helpUrl").toString();
  }

  /** The name the e-mails come from. */
  public String sender() {
    return phrasebook.sender();
  }

  /** The subject and body of the e-mail that tells the person about the notice. */
  public NoticeText of(Notice notice) {
    Objects.requireNonNull(notice, "notice");
    // Java 17 has no pattern switch to prove this exhaustive; NoticeWordingTest checks that every
    // permitted kind of notice is worded.
    if (notice instanceof PasswordResetLinkNotice reset) {
      return resetLink(reset);
    }
    if (notice instanceof PasswordChangedNotice changed) {
      return changed(changed);
    }
    if (notice instanceof PasswordExpiringNotice expiring) {
      return expiring(expiring);
    }
    throw new IllegalArgumentException("no wording for " + notice.getClass().getSimpleName());
  }

  private NoticeText resetLink(PasswordResetLinkNotice notice) {
    Map<String, String> values =
        Map.of(
            "name", notice.name().value(),
            "link", notice.link().toString(),
            "validUntil", moment.format(notice.validUntil()),
            "helpUrl", helpUrl);
    return text(phrasebook.resetSubject(), phrasebook.resetBody(), values);
  }

  private NoticeText changed(PasswordChangedNotice notice) {
    Map<String, String> values =
        Map.of(
            "name", notice.name().value(),
            "changedAt", moment.format(notice.changedAt()),
            "channel", channel(notice.through()),
            "helpUrl", helpUrl);
    return text(phrasebook.changedSubject(), phrasebook.changedBody(), values);
  }

  private NoticeText expiring(PasswordExpiringNotice notice) {
    Map<String, String> values =
        Map.of(
            "name", notice.name().value(),
            "expiresAt", moment.format(notice.expiresAt()),
            "expiresOn", day.format(notice.expiresAt()),
            "helpUrl", helpUrl);
    return text(phrasebook.expiringSubject(), phrasebook.expiringBody(), values);
  }

  private String channel(Channel channel) {
    // As for notices: NoticeWordingTest checks that every permitted kind of channel is worded.
    if (channel instanceof Channel.WebForm) {
      return phrasebook.changedInWebForm();
    }
    if (channel instanceof Channel.Administrator) {
      return phrasebook.changedByAdministrator();
    }
    if (channel instanceof Channel.ResetLink) {
      return phrasebook.changedWithResetLink();
    }
    if (channel instanceof Channel.EService eService) {
      return Placeholders.fill(
          phrasebook.changedThroughEService(), Map.of("eService", eService.id().value()));
    }
    throw new IllegalArgumentException("no wording for " + channel.code());
  }

  private static NoticeText text(String subject, String body, Map<String, String> values) {
    return new NoticeText(Placeholders.fill(subject, values), Placeholders.fill(body, values));
  }
}
