package org.singlepassword.bootstrap;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The e-mails the service wrote to its file outbox, read back as a mail client would. */
public final class Outbox {

  private static final Pattern RESET_LINK =
      Pattern.compile("(http\\S+/reset-password\\?token=\\S+)");

  private final Path directory;

  public Outbox(Path dataDir) {
    this.directory = dataDir.resolve("outbox");
  }

  /** One message, as subject, recipient and plain-text body. */
  public record Mail(String subject, String to, String body) {
    public String resetLink() {
      Matcher link = RESET_LINK.matcher(body);
      if (!link.find()) {
        throw new AssertionError("no reset link in: " + body);
      }
      return link.group(1);
    }
  }

  List<Mail> all() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.toString().endsWith(".eml"))
          .sorted()
          .map(Outbox::read)
          .toList();
    } catch (IOException failed) {
      throw new AssertionError(failed);
    }
  }

  /** Waits for a message that matches, as the reset link is sent after the answer. */
  public Mail await(Predicate<Mail> wanted) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (Instant.now().isBefore(deadline)) {
      for (Mail mail : all()) {
        if (wanted.test(mail)) {
          return mail;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no such e-mail in the outbox; there are: " + all());
  }

  private static Mail read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      return new Mail(
          message.getSubject(),
          message.getAllRecipients()[0].toString(),
          message.getContent().toString());
    } catch (IOException | jakarta.mail.MessagingException failed) {
      throw new AssertionError("unreadable e-mail " + file, failed);
    }
  }
}
