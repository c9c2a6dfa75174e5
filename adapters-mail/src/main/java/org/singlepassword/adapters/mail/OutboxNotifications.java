package org.singlepassword.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import org.singlepassword.adapters.mail.wording.NoticeWording;
import org.singlepassword.application.port.out.notices.Notice;
import org.singlepassword.application.port.out.notices.NoticeNotSentException;
import org.singlepassword.application.port.out.notices.Notifications;

/**
 * Outgoing adapter: {@link Notifications} as files, the embedded default where there is no SMTP
 * server. Each e-mail becomes one RFC 5322 {@code .eml} file in the outbox folder, which any mail
 * client opens; the files hold reset links, so only their owner may read them.
 */
public final class OutboxNotifications implements Notifications {

  // Sorts by time in a listing, and has no colon, which some file systems refuse.
  private static final DateTimeFormatter WRITTEN_AT =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Path directory;
  private final MimeMessages messages;
  private final Clock clock;

  /** E-mails as files in {@code directory}, which is created when missing. */
  public OutboxNotifications(Path directory, MailSettings settings, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
    Properties properties = new Properties();
    // The domain of each Message-ID, instead of this machine's name.
    properties.setProperty("mail.from", settings.from().value());
    this.messages =
        new MimeMessages(
            Session.getInstance(properties),
            settings.from(),
            NoticeWording.inBothLanguages(settings.zone(), settings.helpUrl()),
            clock);
  }

  @Override
  public void send(Notice notice) {
    try {
      write(messages.of(notice));
    } catch (MessagingException | IOException failed) {
      throw new NoticeNotSentException(
          "the outbox "
              + directory
              + " did not take the "
              + notice.getClass().getSimpleName()
              + ": "
              + failed,
          failed);
    }
  }

  /**
   * Written under a temporary name, then renamed in one step: a mail client or a script watching
   * the folder sees a whole {@code .eml} file or none.
   */
  private void write(MimeMessage message) throws MessagingException, IOException {
    Files.createDirectories(directory, ownerOnly("rwx------"));
    // A random part keeps names apart when e-mails are written in the same millisecond.
    Path file =
        directory.resolve(WRITTEN_AT.format(clock.instant()) + "-" + UUID.randomUUID() + ".eml");
    Path temporary = Files.createTempFile(directory, ".", ".eml.tmp", ownerOnly("rw-------"));
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        message.writeTo(out);
        out.flush();
        // On disk before it gets its name, so that a crash cannot leave an empty .eml behind.
        channel.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private FileAttribute<?>[] ownerOnly(String permissions) {
    if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
    };
  }
}
