package org.singlepassword.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import org.hsqldb.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.singlepassword.adapters.persistence.account.JdbiAccountRepository;
import org.singlepassword.application.fakes.FakePasswordHasher;
import org.singlepassword.application.port.out.StoreUnavailableException;
import org.singlepassword.domain.account.Account;
import org.singlepassword.domain.account.AccountId;
import org.singlepassword.domain.account.Channel;
import org.singlepassword.domain.account.DisplayName;
import org.singlepassword.domain.account.EmailAddress;
import org.singlepassword.domain.account.Username;
import org.singlepassword.domain.password.Password;
import org.singlepassword.domain.policy.PasswordPolicy;

/**
 * An HSQLDB server as the shared database ({@code SPS_DB_URL=jdbc:hsqldb:hsql://…}): migrated on
 * first use, left running when the service closes its pool, and an unavailable store while it is
 * stopped.
 */
class HsqldbServerTest {

  @TempDir Path serverFiles;
  private Server server;
  private String url;

  @BeforeEach
  void startServer() throws IOException {
    server = new Server();
    server.setDatabaseName(0, "sps");
    server.setDatabasePath(0, "file:" + serverFiles.resolve("sps") + ";hsqldb.tx=mvcc");
    server.setAddress("127.0.0.1");
    server.setPort(freePort());
    server.setSilent(true);
    server.setNoSystemExit(true);
    server.start();
    url = "jdbc:hsqldb:hsql://127.0.0.1:" + server.getPort() + "/sps";
  }

  @AfterEach
  void stopServer() {
    server.shutdown();
  }

  @Test
  void keepsAccountsAcrossOpeningsAndLeavesTheServerRunning() {
    Account account = account();
    try (Database database = Database.open(url, "SA", "")) {
      assertTrue(new JdbiAccountRepository(database.jdbi()).addIfAbsent(account));
    }

    try (Database database = Database.open(url, "SA", "")) {
      assertEquals(
          account.username(),
          new JdbiAccountRepository(database.jdbi())
              .findById(account.id())
              .orElseThrow()
              .username());
    }
  }

  @Test
  void aStoppedServerIsAnUnavailableStore() {
    try (Database database = Database.open(url, "SA", "")) {
      JdbiAccountRepository accounts = new JdbiAccountRepository(database.jdbi());

      server.shutdown();

      assertThrows(StoreUnavailableException.class, () -> accounts.findById(AccountId.random()));
    }
  }

  /** A port free a moment ago: HSQLDB's server cannot be asked to pick one itself. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Account account() {
    return Account.issue(
        AccountId.random(),
        new Username("served.account"),
        new DisplayName("Chan Tai Man"),
        new EmailAddress("chan.tm@example.edu"),
        Password.of("Initial-Passw0rd"),
        PasswordPolicy.faq(),
        new FakePasswordHasher(),
        Channel.ADMINISTRATOR,
        Instant.parse("2025-01-06T09:00:00Z"));
  }
}
