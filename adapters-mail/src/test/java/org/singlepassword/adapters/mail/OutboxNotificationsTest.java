package org.singlepassword.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.application.port.out.notices.NoticeNotSentException;

/** E-mails as {@code .eml} files in a folder, as on a machine without an SMTP server. */
class OutboxNotificationsTest {

  @TempDir Path dataDir;

  private Path outbox() {
    return dataDir.resolve("outbox");
  }

  private OutboxNotifications notifications() {
    return new OutboxNotifications(
        outbox(), MailSettings.outbox(Samples.FROM, Samples.HELP_URL), Samples.CLOCK);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(outbox())) {
      return files.sorted().toList();
    }
  }

  private static MimeMessage read(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    }
  }

  @Nested
  class EachNotice {

    @Test
    void becomesOneEmlFileInAnOutboxCreatedWhenMissing() throws IOException {
      notifications().send(Samples.resetLink());
      notifications().send(Samples.changed());
      notifications().send(Samples.expiring());

      List<Path> files = files();
      assertEquals(3, files.size());
      for (Path file : files) {
        String name = file.getFileName().toString();
        assertTrue(name.matches("20261127T053000\\.000Z-[0-9a-f-]{36}\\.eml"), name);
      }
    }

    @Test
    void readsBackAsTheSameEMail() throws Exception {
      notifications().send(Samples.resetLink());

      MimeMessage read = read(files().get(0));
      assertEquals(
          new InternetAddress("no-reply@example.edu", "單一密碼 Single-Password", "UTF-8"),
          read.getFrom()[0]);
      assertEquals("單一密碼 Single-Password", ((InternetAddress) read.getFrom()[0]).getPersonal());
      assertEquals(
          new InternetAddress("tai.man.chan@example.edu", "陳大文", "UTF-8"),
          read.getAllRecipients()[0]);
      assertEquals("單一密碼：重設你的密碼／Single-Password: reset your password", read.getSubject());
      assertEquals("text/plain; charset=UTF-8", read.getContentType());
      assertEquals("auto-generated", read.getHeader("Auto-Submitted", null));
      String body = (String) read.getContent();
      assertTrue(body.startsWith("陳大文，你好：\r\n"), body);
      assertTrue(body.contains("\r\nDear 陳大文,\r\n"), body);
      assertTrue(body.contains(Samples.RESET_LINK + "\r\n"), body);
    }

    @Test
    void isReadableByItsOwnerOnlyForTheResetLinks() throws IOException {
      assumeTrue(dataDir.getFileSystem().supportedFileAttributeViews().contains("posix"));

      notifications().send(Samples.resetLink());

      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(files().get(0))));
      assertEquals(
          "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox())));
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
      notifications().send(Samples.changed());
      notifications().send(Samples.changed());

      for (Path file : files()) {
        String name = file.getFileName().toString();
        assertTrue(name.endsWith(".eml") && !name.startsWith("."), name);
      }
    }
  }

  @Test
  void givesEachOfManySimultaneousNoticesItsOwnFile() throws Exception {
    int senders = 20;
    OutboxNotifications notifications = notifications();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  notifications.send(Samples.changed());
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> each : sent) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }

    List<Path> files = files();
    assertEquals(senders, files.size());
    for (Path file : files) {
      assertEquals("你的單一密碼已更改／Your Single-Password password was changed", read(file).getSubject());
    }
  }

  @Test
  void failsWithNoticeNotSentWhenTheOutboxCannotBeWritten() throws IOException {
    Files.writeString(outbox(), "a file where the outbox folder should be");

    NoticeNotSentException failed =
        assertThrows(NoticeNotSentException.class, () -> notifications().send(Samples.changed()));

    assertTrue(failed.getMessage().contains(outbox().toString()), failed.getMessage());
  }
}
