package org.singlepassword.adapters.mail.wording;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.singlepassword.application.port.out.notices.Notice;
import org.singlepassword.application.port.out.notices.PasswordChangedNotice;
import org.singlepassword.application.port.out.notices.PasswordExpiringNotice;
import org.singlepassword.application.port.out.notices.PasswordResetLinkNotice;
import org.singlepassword.domain.account.Channel;

/**
 * Outgoing adapter, wording: puts a notice into the words of one or more {@link Phrasebook}s — who
 * it greets, the link and how long it is valid, when and through which e-service a password was
 * changed, when it expires — with times shown in the institution's zone. Accounts keep no language,
 * so every e-mail speaks both of ours: the subjects joined by "／", the bodies one after the other,
 * each whole in its own language (ADR 0008).
 */
public final class NoticeWording {

  /** Between the subjects of two languages: the full-width solidus both scripts read. */
  static final String SUBJECT_SEPARATOR = "／";

  /** Between the bodies of two languages. */
  static final String BODY_SEPARATOR = "\n--------------------------------------------\n\n";

  private final List<InOneLanguage> languages;
  private final String helpUrl;

  /** The e-mails in these languages, in this order. */
  public NoticeWording(List<Phrasebook> phrasebooks, ZoneId zone, URI helpUrl) {
    Objects.requireNonNull(zone, "zone");
    if (phrasebooks.isEmpty()) {
      throw new IllegalArgumentException("an e-mail needs at least one language");
    }
    this.languages = phrasebooks.stream().map(book -> new InOneLanguage(book, zone)).toList();
    this.helpUrl = Objects.requireNonNull(helpUrl, "helpUrl").toString();
  }

  /** The e-mails in one language. */
  public NoticeWording(Phrasebook phrasebook, ZoneId zone, URI helpUrl) {
    this(List.of(phrasebook), zone, helpUrl);
  }

  /** The e-mails people get: Traditional Chinese first, then English. */
  public static NoticeWording inBothLanguages(ZoneId zone, URI helpUrl) {
    return new NoticeWording(
        List.of(Phrasebook.TRADITIONAL_CHINESE, Phrasebook.ENGLISH), zone, helpUrl);
  }

  /** The name the e-mails come from, in each language: "單一密碼 Single-Password". */
  public String sender() {
    return languages.stream()
        .map(language -> language.phrasebook.sender())
        .distinct()
        .collect(Collectors.joining(" "));
  }

  /** The languages of the e-mails, as {@code Content-Language} names them: "zh-HK", "en". */
  public List<String> languageTags() {
    return languages.stream()
        .map(language -> language.phrasebook.locale().toLanguageTag())
        .toList();
  }

  /** The subject and body of the e-mail that tells the person about the notice. */
  public NoticeText of(Notice notice) {
    Objects.requireNonNull(notice, "notice");
    List<NoticeText> texts = new ArrayList<>();
    for (InOneLanguage language : languages) {
      texts.add(language.of(notice, helpUrl));
    }
    return new NoticeText(
        texts.stream().map(NoticeText::subject).collect(Collectors.joining(SUBJECT_SEPARATOR)),
        texts.stream().map(NoticeText::body).collect(Collectors.joining(BODY_SEPARATOR)));
  }

  /** One phrasebook with its date formats. */
  private static final class InOneLanguage {

    private final Phrasebook phrasebook;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter day;

    InOneLanguage(Phrasebook phrasebook, ZoneId zone) {
      this.phrasebook = Objects.requireNonNull(phrasebook, "phrasebook");
      this.moment =
          DateTimeFormatter.ofPattern(phrasebook.dateTimePattern(), phrasebook.locale())
              .withZone(zone);
      this.day =
          DateTimeFormatter.ofPattern(phrasebook.datePattern(), phrasebook.locale()).withZone(zone);
    }

    NoticeText of(Notice notice, String helpUrl) {
      // Java 17 has no pattern switch to prove this exhaustive; NoticeWordingTest checks that
      // every permitted kind of notice is worded.
      if (notice instanceof PasswordResetLinkNotice reset) {
        return resetLink(reset, helpUrl);
      }
      if (notice instanceof PasswordChangedNotice changed) {
        return changed(changed, helpUrl);
      }
      if (notice instanceof PasswordExpiringNotice expiring) {
        return expiring(expiring, helpUrl);
      }
      throw new IllegalArgumentException("no wording for " + notice.getClass().getSimpleName());
    }

    private NoticeText resetLink(PasswordResetLinkNotice notice, String helpUrl) {
      Map<String, String> values =
          Map.of(
              "name", notice.name().value(),
              "link", notice.link().toString(),
              "validUntil", moment.format(notice.validUntil()),
              "helpUrl", helpUrl);
      return text(phrasebook.resetSubject(), phrasebook.resetBody(), values);
    }

    private NoticeText changed(PasswordChangedNotice notice, String helpUrl) {
      Map<String, String> values =
          Map.of(
              "name", notice.name().value(),
              "changedAt", moment.format(notice.changedAt()),
              "channel", channel(notice.through()),
              "helpUrl", helpUrl);
      return text(phrasebook.changedSubject(), phrasebook.changedBody(), values);
    }

    private NoticeText expiring(PasswordExpiringNotice notice, String helpUrl) {
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
}
