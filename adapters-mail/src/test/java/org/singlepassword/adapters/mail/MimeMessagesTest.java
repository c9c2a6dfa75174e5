package org.singlepassword.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.singlepassword.adapters.mail.wording.NoticeText;
import org.singlepassword.adapters.mail.wording.NoticeWording;
import org.singlepassword.adapters.mail.wording.Phrasebook;

/** The e-mail itself, as written to the wire or a file and read back by a mail client. */
class MimeMessagesTest {

  private static final String INJECTION = "\r\nBcc: evil@example.com";

  private final Session session = Session.getInstance(sessionProperties());
  private final MimeMessages messages =
      new MimeMessages(
          session,
          Samples.FROM,
          new NoticeWording(Phrasebook.ENGLISH, MailSettings.DEFAULT_ZONE, Samples.HELP_URL),
          Samples.CLOCK);

  @Nested
  class ItsHeaders {

    @Test
    void sayItComesFromSinglePassword() throws Exception {
      MimeMessage read = writtenAndRead(messages.of(Samples.changed()));

      assertArrayEquals(
          new Address[] {new InternetAddress("Single-Password <no-reply@example.edu>")},
          read.getFrom());
    }

    @Test
    void addressThePersonByNameEncodedForNonAsciiNames() throws Exception {
      MimeMessage read = writtenAndRead(messages.of(Samples.changed()));

      InternetAddress to = (InternetAddress) read.getAllRecipients()[0];
      assertEquals(1, read.getAllRecipients().length);
      assertEquals("tai.man.chan@example.edu", to.getAddress());
      assertEquals("陳大文", to.getPersonal());
      assertTrue(read.getHeader("To", null).startsWith("=?UTF-8?"), read.getHeader("To", null));
    }

    @Test
    void carryTheSubjectInUtf8() throws Exception {
      MimeMessage read = writtenAndRead(compose("陳大文", new NoticeText("密碼已更改", "body")));

      assertEquals("密碼已更改", read.getSubject());
      assertTrue(read.getHeader("Subject", null).startsWith("=?UTF-8?"));
    }

    @Test
    void areDatedByTheClock() throws Exception {
      MimeMessage read = writtenAndRead(messages.of(Samples.changed()));

      assertEquals(Date.from(Samples.NOW), read.getSentDate());
    }

    @Test
    void giveAMessageIdInTheSendersDomain() throws Exception {
      MimeMessage read = writtenAndRead(messages.of(Samples.changed()));

      assertTrue(read.getMessageID().matches("<[^<>@]+@example\\.edu>"), read.getMessageID());
    }

    @Test
    void declarePlainTextInUtf8() throws Exception {
      MimeMessage read = writtenAndRead(messages.of(Samples.changed()));

      assertEquals("text/plain; charset=UTF-8", read.getContentType());
    }

    @Test
    void markItAsSentAutomatically() throws Exception {
      MimeMessage read = writtenAndRead(messages.of(Samples.changed()));

      assertEquals("auto-generated", read.getHeader("Auto-Submitted", null));
    }
  }

  @Nested
  class InBothLanguages {

    private final MimeMessages both =
        new MimeMessages(
            session,
            Samples.FROM,
            NoticeWording.inBothLanguages(MailSettings.DEFAULT_ZONE, Samples.HELP_URL),
            Samples.CLOCK);

    @Test
    void sayBothLanguagesInContentLanguage() throws Exception {
      MimeMessage read = writtenAndRead(both.of(Samples.resetLink()));

      assertArrayEquals(new String[] {"zh-HK", "en"}, read.getContentLanguage());
    }

    @Test
    void keepTheBodyQuotedPrintableSoThatTheLinkStaysReadable() throws Exception {
      MimeMessage message = both.of(Samples.resetLink());
      String raw = new String(written(message), StandardCharsets.US_ASCII);

      assertEquals("quoted-printable", writtenAndRead(message).getEncoding());
      assertTrue(raw.contains("https://sp.example.edu/reset/Xk7pQ2rT9vW4yZ1a"), raw);
      assertTrue(((String) writtenAndRead(message).getContent()).startsWith("陳大文，你好：\r\n"));
    }
  }

  @Nested
  class ItsBody {

    @Test
    void isTheWordingInUtf8() throws Exception {
      MimeMessage read = writtenAndRead(messages.of(Samples.resetLink()));

      String body = (String) read.getContent();
      assertTrue(body.startsWith("Dear 陳大文,\r\n"), body);
      assertTrue(body.contains(Samples.RESET_LINK.toString()), body);
    }

    @Test
    void endsEachLineWithCrLfEvenWhenSentAsIs() throws Exception {
      byte[] written = written(compose("Chan Tai Man", new NoticeText("Hi", "one\ntwo\n")));

      String text = new String(written, StandardCharsets.US_ASCII);
      String body = text.substring(text.indexOf("\r\n\r\n") + 4);
      assertEquals("one\r\ntwo\r\n", body);
    }
  }

  @Nested
  class AgainstHeaderInjection {

    @Test
    void aLineBreakInTheNameAddsNoRecipientAndNoHeader() throws Exception {
      MimeMessage read =
          writtenAndRead(compose("Chan Tai Man" + INJECTION, new NoticeText("Hi", "body")));

      assertEquals(1, read.getAllRecipients().length);
      assertNull(read.getHeader("Bcc"));
      assertFalse(headerLines(read).contains("\nBcc:"), headerLines(read));
    }

    @Test
    void aLineBreakInTheSubjectAddsNoRecipientAndNoHeader() throws Exception {
      MimeMessage read =
          writtenAndRead(compose("Chan Tai Man", new NoticeText("Hi" + INJECTION, "body")));

      assertEquals(1, read.getAllRecipients().length);
      assertNull(read.getHeader("Bcc"));
      assertEquals("Hi  Bcc: evil@example.com", read.getSubject());
    }
  }

  private MimeMessage compose(String name, NoticeText text) throws MessagingException {
    return messages.compose(Samples.TO, name, text);
  }

  private MimeMessage writtenAndRead(MimeMessage message) throws Exception {
    return new MimeMessage(session, new ByteArrayInputStream(written(message)));
  }

  private static byte[] written(MimeMessage message) throws IOException, MessagingException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    message.writeTo(bytes);
    return bytes.toByteArray();
  }

  private static String headerLines(MimeMessage message) throws MessagingException {
    StringBuilder lines = new StringBuilder("\n");
    message
        .getAllHeaderLines()
        .asIterator()
        .forEachRemaining(line -> lines.append(line).append('\n'));
    return lines.toString();
  }

  private static Properties sessionProperties() {
    Properties properties = new Properties();
    properties.setProperty("mail.from", Samples.FROM.value());
    return properties;
  }
}
