package org.singlepassword.adapters.mail;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.stream.Collectors;
import org.singlepassword.adapters.mail.wording.NoticeText;
import org.singlepassword.adapters.mail.wording.NoticeWording;
import org.singlepassword.application.port.out.notices.Notice;
import org.singlepassword.domain.account.EmailAddress;

/**
 * Outgoing adapter, both deliveries: turns a notice into the e-mail itself, an RFC 5322 message
 * addressed to the person by name, in UTF-8 plain text in the wording's languages (said in {@code
 * Content-Language}), marked as sent automatically. Every header is set through Jakarta Mail, which
 * encodes it; none is put together by hand.
 */
final class MimeMessages {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private final Session session;
  private final EmailAddress from;
  private final NoticeWording wording;
  private final Clock clock;

  MimeMessages(Session session, EmailAddress from, NoticeWording wording, Clock clock) {
    this.session = Objects.requireNonNull(session, "session");
    this.from = Objects.requireNonNull(from, "from");
    this.wording = Objects.requireNonNull(wording, "wording");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The e-mail that tells the notice's person about it. */
  MimeMessage of(Notice notice) throws MessagingException {
    return compose(notice.to(), notice.name().value(), wording.of(notice));
  }

  /** An e-mail to a person of any name, with any text: what the notices are made of. */
  MimeMessage compose(EmailAddress to, String name, NoticeText text) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(address(from, wording.sender()));
    message.setRecipient(RecipientType.TO, address(to, name));
    message.setSubject(oneLine(text.subject()), UTF_8);
    message.setSentDate(Date.from(clock.instant()));
    // RFC 3834: out-of-office replies and other robots should not answer it.
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setText(withCrLf(text.body()), UTF_8);
    message.setContentLanguage(wording.languageTags().toArray(String[]::new));
    // Chosen, not left to Jakarta Mail, which takes base64 once most bytes are not ASCII (as two
    // languages may make them): quoted-printable keeps the English half and the link readable in
    // the raw message too.
    message.setHeader("Content-Transfer-Encoding", "quoted-printable");
    return message;
  }

  private static InternetAddress address(EmailAddress address, String name) {
    try {
      return new InternetAddress(address.value(), oneLine(name), UTF_8);
    } catch (UnsupportedEncodingException impossible) {
      throw new IllegalStateException("every Java runtime has UTF-8", impossible);
    }
  }

  /**
   * Header text on one line. {@code DisplayName} and the phrasebook already have no line breaks,
   * and Angus folds one into a continuation line rather than let it start a header ("\r\nBcc: …");
   * neither is a promise of the Jakarta Mail API, so control characters become spaces here too. A
   * space keeps the e-mail deliverable, where a refusal would lose a "your password was changed".
   */
  private static String oneLine(String text) {
    return text.codePoints()
        .map(codePoint -> Character.isISOControl(codePoint) ? ' ' : codePoint)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /** RFC 5322 ends lines with CRLF; Jakarta Mail passes a 7-bit body through unchanged. */
  private static String withCrLf(String body) {
    return body.lines().collect(Collectors.joining("\r\n", "", "\r\n"));
  }
}
